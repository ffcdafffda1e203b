"""A loopback stand-in for Slack's Web API (Slack:ApiBaseUrl) and for response_url hooks: answers like Slack, records every call."""
import itertools, json, threading, urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeSlack:
    def __init__(self):
        self.calls = []  # (method, body) in arrival order; method "response_url" for hooks
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive with Content-Length, as Slack answers

            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode("utf-8", "replace")
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                path = self.path.split("?")[0]
                method = "response_url" if path.startswith("/hooks/") else path.rsplit("/", 1)[-1]
                if method == "response_url":
                    body["hook"] = path[len("/hooks/"):]
                answer = fake.answer(method, body)
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def api_base(self):
        return f"http://127.0.0.1:{self.port}/api/"

    def hook(self, name):
        return f"http://127.0.0.1:{self.port}/hooks/{name}"

    def answer(self, method, body):
        ok = {"ok": True}
        ts = f"1700000000.{next(self._ts):06d}"
        if method == "chat.postMessage":
            ok.update(channel=body.get("channel"), ts=ts)
            body = {**body, "ts": ts}
        elif method == "chat.postEphemeral":
            ok.update(message_ts=ts)
        elif method == "chat.update":
            ok.update(channel=body.get("channel"), ts=body.get("ts"))
        elif method == "conversations.open":
            ok.update(channel={"id": "D" + str(body.get("users"))})
        elif method == "users.info":
            user = body.get("user")
            ok.update(user={"id": user, "name": str(user).lower(), "real_name": "Pat Black", "tz": "Europe/Warsaw",
                            "locale": "en-US", "profile": {"display_name": ""}})
        elif method in ("views.publish", "views.open"):
            ok.update(view={"id": "V" + ts.replace(".", "")})
        with self._lock:
            self.calls.append((method, body))
        return ok

    def about(self, user):
        """Every call that names the user (their DM is "D" + user id; their hooks carry the id too)."""
        with self._lock:
            return [(m, b) for m, b in self.calls if user in json.dumps(b)]

    def messages_to(self, user):
        """What the user was shown: DM posts, updates and response_url posts, as text."""
        return [json.dumps(b, ensure_ascii=False) for m, b in self.about(user)
                if m in ("chat.postMessage", "chat.postEphemeral", "chat.update", "response_url")]

    def posts(self, user):
        with self._lock:
            return [b for m, b in self.calls if m == "chat.postMessage" and b.get("channel") == "D" + user]

    def stop(self):
        self.server.shutdown()
