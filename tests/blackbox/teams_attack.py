"""Teams JWT forgeries: a host in Bot Framework mode whose OpenID metadata and keys come from a loopback fake, attacked
with bearer tokens broken in one way each. Every refusal must leave no trace; a valid token must be accepted."""
import base64, hashlib, hmac, json, os, subprocess, threading, time, uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from hosts import activity, post, reply_texts
from tally import record

C = "Teams JWT forgeries"
APP_ID = "0b7f1d2e-1111-4222-8333-9444blackbox"
TENANT = "7f0c0000-0000-4000-8000-00000000b1ac"
ISSUER = "https://api.botframework.com"
# Never contacted: with deliveryMode expectReplies the replies come back in the response, so no outbound token is
# needed either (MSAL wants an https login host, hence login.blackbox.invalid). An .invalid host never resolves.
SERVICE_URL = "https://connector.blackbox.invalid/teams/"


def b64(data):
    return base64.urlsafe_b64encode(data if isinstance(data, bytes) else json.dumps(data).encode()).rstrip(b"=").decode()


class Key:
    """An RSA key made and used by openssl: signs RS256 tokens, published as a JWK."""

    def __init__(self, folder, kid, *endorsements):
        self.kid, self.endorsements = kid, list(endorsements)
        self.pem = os.path.join(folder, f"{kid}.pem")
        subprocess.run(["openssl", "genrsa", "-out", self.pem, "2048"], check=True, capture_output=True)
        modulus = subprocess.run(["openssl", "rsa", "-in", self.pem, "-noout", "-modulus"], check=True, capture_output=True, text=True)
        self.n = bytes.fromhex(modulus.stdout.strip().split("=", 1)[1])
        self.public_pem = subprocess.run(["openssl", "rsa", "-in", self.pem, "-pubout"], check=True, capture_output=True).stdout

    def jwk(self):
        jwk = {"kty": "RSA", "use": "sig", "kid": self.kid, "n": b64(self.n), "e": b64((65537).to_bytes(3, "big"))}
        if self.endorsements:
            jwk["endorsements"] = self.endorsements
        return jwk

    def sign(self, data):
        return subprocess.run(["openssl", "dgst", "-sha256", "-sign", self.pem], input=data, check=True, capture_output=True).stdout


def token(key, kid=None, alg="RS256", claims=None, drop=(), hmac_secret=None):
    now = int(time.time())
    payload = {"iss": ISSUER, "aud": APP_ID, "nbf": now - 60, "iat": now - 60, "exp": now + 3600,
               "serviceurl": SERVICE_URL, "appid": "bot-connector", **(claims or {})}
    for name in drop:
        payload.pop(name, None)
    header = {"alg": alg, "typ": "JWT"}
    if kid or key:
        header["kid"] = kid or key.kid
    signing_input = f"{b64(header)}.{b64(payload)}".encode()
    if alg == "none":
        return signing_input.decode() + "."
    if alg == "HS256":
        return signing_input.decode() + "." + b64(hmac.new(hmac_secret, signing_input, hashlib.sha256).digest())
    return signing_input.decode() + "." + b64(key.sign(signing_input))


class FakeLogin:
    """Bot Framework and Entra OpenID metadata and keys on loopback; records any other request (a token request, say)."""

    def __init__(self, folder):
        self.teams = Key(folder, "bb-teams", "msteams")
        self.entra = Key(folder, "bb-entra")
        self.unpublished = Key(folder, "bb-unpublished", "msteams")
        self.other = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def answer(self, doc):
                data = json.dumps(doc).encode()
                self.send_response(200 if doc is not None else 404)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                self.answer(fake.document(self.path))

            def do_POST(self):
                fake.other.append(("POST", self.path))
                self.answer(None)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def document(self, path):
        if path == "/botframework/v1/.well-known/openidconfiguration":
            return {"issuer": ISSUER, "jwks_uri": self.base + "/botframework/keys", "id_token_signing_alg_values_supported": ["RS256"]}
        if path == "/botframework/keys":
            return {"keys": [self.teams.jwk()]}
        if path.endswith("/v2.0/.well-known/openid-configuration"):
            tenant = path.split("/")[1]
            return {"issuer": f"https://login.microsoftonline.com/{tenant}/v2.0", "jwks_uri": self.base + "/entra/keys",
                    "id_token_signing_alg_values_supported": ["RS256"]}
        if path == "/entra/keys":
            return {"keys": [self.entra.jwk()]}
        self.other.append(("GET", path))
        return None

    def settings(self):
        return {"MicrosoftAppType": "SingleTenant", "MicrosoftAppId": APP_ID, "MicrosoftAppPassword": "blackbox-not-a-secret",
                "MicrosoftAppTenantId": TENANT,
                "BotAuth:BotFrameworkMetadataUrl": self.base + "/botframework/v1/.well-known/openidconfiguration",
                "BotAuth:EntraMetadataUrl": self.base + "/{tenant}/v2.0/.well-known/openid-configuration",
                "BotAuth:LoginInstance": "https://login.blackbox.invalid/", "BotAuth:AllowedServiceUrlHosts:0": "connector.blackbox.invalid"}

    def stop(self):
        self.server.shutdown()


class TeamsUser:
    def __init__(self, host):
        self.host = host
        self.id, self.aad, self.conv = "29:bb" + uuid.uuid4().hex[:10], str(uuid.uuid4()), "a:bb" + uuid.uuid4().hex[:12]

    def message(self, text, **extra):
        a = activity(self.id, self.conv, text, channel="msteams", serviceUrl=SERVICE_URL,
                     channelData={"tenant": {"id": TENANT}}, **extra)
        a["from"]["aadObjectId"] = self.aad
        a["conversation"].update(conversationType="personal", tenantId=TENANT)
        a["recipient"] = {"id": "28:" + APP_ID, "name": "SalesBot"}
        return a

    def send(self, body, authorization):
        headers = {"Authorization": authorization} if authorization else {}
        status, text = post(self.host.base + "/api/messages", body if isinstance(body, str) else json.dumps(body), headers=headers)
        return status, reply_texts(status, text)


def tamper_payload(jwt, **changes):
    header, payload, signature = jwt.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims.update(changes)
    return f"{header}.{b64(claims)}.{signature}"


def flip_signature(jwt):
    head, _, signature = jwt.rpartition(".")
    return f"{head}.{'B' if signature[0] == 'A' else 'A'}{signature[1:]}"


def attack(host, login):
    k, now = login.teams, int(time.time())
    cases = [
        ("no Authorization header", 401, None, {}),
        ("Basic scheme", 401, "Basic " + base64.b64encode(b"bot:secret").decode(), {}),
        ("not a JWT", 401, "Bearer not-a-jwt", {}),
        ("alg none", 401, "Bearer " + token(None, alg="none"), {}),
        ("alg none naming the published kid", 401, "Bearer " + token(None, kid=k.kid, alg="none"), {}),
        ("HS256 keyed with the public key PEM", 401, "Bearer " + token(k, alg="HS256", hmac_secret=k.public_pem), {}),
        ("HS256 keyed with the modulus", 401, "Bearer " + token(k, alg="HS256", hmac_secret=k.n), {}),
        ("expired an hour ago", 401, "Bearer " + token(k, claims={"nbf": now - 7200, "iat": now - 7200, "exp": now - 3600}), {}),
        ("not valid for 20 minutes", 401, "Bearer " + token(k, claims={"nbf": now + 1200, "iat": now + 1200, "exp": now + 4800}), {}),
        ("no expiry", 401, "Bearer " + token(k, drop=("exp",)), {}),
        ("wrong audience", 401, "Bearer " + token(k, claims={"aud": "another-bot"}), {}),
        ("wrong issuer", 401, "Bearer " + token(k, claims={"iss": ISSUER + ".evil"}), {}),
        ("unknown kid", 401, "Bearer " + token(login.unpublished), {}),
        ("published kid, signed by another key", 401, "Bearer " + token(login.unpublished, kid=k.kid), {}),
        ("Entra token of another tenant", 401, "Bearer " + token(login.entra, claims={"iss": "https://login.microsoftonline.com/00000000-0000-4000-8000-00000000dead/v2.0"}), {}),
        ("payload tampered (serviceurl)", 401, "Bearer " + tamper_payload(token(k), serviceurl="https://collector.example/"), {}),
        ("payload tampered (audience)", 401, "Bearer " + tamper_payload(token(k, claims={"aud": "another-bot"}), aud=APP_ID), {}),
        ("signature bytes changed", 401, "Bearer " + flip_signature(token(k)), {}),
        ("serviceurl claim mismatch", 403, "Bearer " + token(k, claims={"serviceurl": "https://smba.trafficmanager.net/emea/"}), {}),
        ("serviceurl claim missing", 403, "Bearer " + token(k, drop=("serviceurl",)), {}),
        ("serviceUrl not allow-listed", 403, "Bearer " + token(k, claims={"serviceurl": "https://collector.example/teams/"}),
         {"serviceUrl": "https://collector.example/teams/"}),
        ("key not endorsed for the channel", 403, "Bearer " + token(k), {"channelId": "webchat"}),
    ]
    refused = []
    for name, expected, authorization, overrides in cases:
        user = TeamsUser(host)
        status, text = user.send({**user.message("qualify Forgedco"), **overrides}, authorization)
        record(C, status == expected and "Forgedco" not in text, f"{name}: got {status}, expected {expected}")
        refused.append((name, user))
    user = TeamsUser(host)
    status, _ = user.send(user.message("qualify Forgedco " + "x" * 300_000), "Bearer " + token(k))
    record(C, status == 413, f"a 300 KB body with a valid token got {status}, expected 413")
    refused.append(("300 KB body", user))

    for name, user in refused:
        status, text = user.send(user.message("deals"), "Bearer " + token(k))
        record(C, status == 200 and "No deals yet" in text, f"{name}: the user's own 'deals' afterwards got {status}: {text[:120]!r}")

    # Controls: a valid token is accepted, and the same signed activity delivered again runs once.
    user = TeamsUser(host)
    status, text = user.send(user.message("qualify Realco"), "Bearer " + token(k))
    record(C, status == 200 and "New deal" in text, f"a valid token was not accepted: {status} {text[:120]!r}")
    user.send(user.message("cancel"), "Bearer " + token(k))
    replay, bearer = user.message("log Realco call replay-teams"), "Bearer " + token(k)
    answers = [user.send(replay, bearer) for _ in range(3)]
    record(C, all(s == 200 for s, _ in answers) and sum("Logged a call" in t for _, t in answers) == 1,
           f"an activity delivered 3 times: {[(s, t[:40]) for s, t in answers]}")
    status, text = user.send(user.message("deal Realco history"), "Bearer " + token(k))
    record(C, text.count("replay-teams") == 1, f"a redelivered activity was stored {text.count('replay-teams')} times")
    entra = token(login.entra, claims={"iss": f"https://login.microsoftonline.com/{TENANT}/v2.0"})
    status, text = user.send(user.message("deals"), "Bearer " + entra)
    record(C, status == 200 and "Realco" in text, f"an Entra token of the app's tenant was not accepted: {status}")
    record(C, not login.other, f"the host asked the fake login for something else: {login.other}")
