"""Slack signing and replays: forged, stale, tampered and oversize requests to /api/slack/*, and valid signed requests
sent again within the five-minute window. Every refusal must leave no trace: no Slack call about the user, no deal."""
import hashlib, hmac, itertools, json, time, urllib.parse, uuid

from hosts import post
from tally import record

C = "Slack signing and replays"
SECRET = "blackbox-signing-secret-0123456789abcdef"
BOT_TOKEN = "xoxb-blackbox-bot-token"
TEAM = "TBLACKBOX"
_seq = itertools.count(1)


def settings(fake):
    return {"Slack:SigningSecret": SECRET, "Slack:BotToken": BOT_TOKEN, "Slack:ApiBaseUrl": fake.api_base}


def sign(secret, ts, body):
    return "v0=" + hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()


def now():
    return str(int(time.time()))


def new_user():
    return "UBB" + uuid.uuid4().hex[:9].upper()


def form(fields):
    return urllib.parse.urlencode(fields)


def command(fake, user, text):
    n = next(_seq)
    return form({"token": "deprecated", "team_id": TEAM, "team_domain": "blackbox", "channel_id": "D" + user,
                 "channel_name": "directmessage", "user_id": user, "user_name": "pat", "command": "/salesbot", "text": text,
                 "api_app_id": "ABLACKBOX", "is_enterprise_install": "false", "response_url": fake.hook(f"{user}-{n}"),
                 "trigger_id": f"{n}.{uuid.uuid4().int % 10**9}.blackbox"})


def event(user, text, event_id=None):
    ts = f"{now()}.{next(_seq):06d}"
    return json.dumps({"token": "deprecated", "team_id": TEAM, "api_app_id": "ABLACKBOX", "type": "event_callback",
                       "event_id": event_id or "Ev" + uuid.uuid4().hex[:10].upper(), "event_time": int(time.time()),
                       "authorizations": [{"team_id": TEAM, "user_id": "UBOTSALES", "is_bot": True, "is_enterprise_install": False}],
                       "event": {"type": "message", "channel_type": "im", "channel": "D" + user, "user": user, "text": text,
                                 "ts": ts, "event_ts": ts}})


def click(fake, user, action_id, value, message=None):
    payload = {"type": "block_actions", "user": {"id": user, "username": "pat", "team_id": TEAM}, "api_app_id": "ABLACKBOX",
               "token": "deprecated", "trigger_id": f"{next(_seq)}.blackbox.trigger", "team": {"id": TEAM, "domain": "blackbox"},
               "enterprise": None, "is_enterprise_install": False, "response_url": fake.hook(f"{user}-click-{next(_seq)}"),
               "container": {"type": "view", "view_id": "V1"},
               "actions": [{"action_id": action_id, "block_id": "answers", "value": value, "type": "button",
                            "text": {"type": "plain_text", "text": value}, "action_ts": f"{now()}.{next(_seq):06d}"}]}
    if message is not None:
        payload["container"] = {"type": "message", "message_ts": message["ts"], "channel_id": message["channel"], "is_ephemeral": False}
        payload["channel"] = {"id": message["channel"], "name": "directmessage"}
        payload["message"] = {"type": "message", "ts": message["ts"], "bot_id": "BSALES", "text": message.get("text", ""),
                              "blocks": message.get("blocks", [])}
        payload["state"] = {"values": {}}
    return form({"payload": json.dumps(payload)})


PATHS = {"command": ("/api/slack/commands", "application/x-www-form-urlencoded"),
         "event": ("/api/slack/events", "application/json"),
         "click": ("/api/slack/interactions", "application/x-www-form-urlencoded")}


def send(host, kind, body, ts=None, signature=None, headers=None, signed_body=None):
    """POSTs body with Slack's headers: signed correctly over signed_body (default: body) at ts (default: now) unless
    a signature is given; an empty timestamp or signature leaves that header out."""
    path, content_type = PATHS[kind]
    ts = now() if ts is None else ts
    h = {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sign(SECRET, ts, signed_body or body) if signature is None else signature, **(headers or {})}
    h = {k: v for k, v in h.items() if v != ""}
    return post(host.base + path, body, content_type, h)[0]


def wait_for(what, seconds=30):
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        found = what()
        if found:
            return found
        time.sleep(0.1)
    return what()


def forgeries(host):
    """(name, kind, expected status, send) for every bad request; each has a user of its own."""
    old, ahead = str(int(time.time()) - 6 * 60), str(int(time.time()) + 6 * 60)

    def valid_hex(body, ts):
        return sign(SECRET, ts, body)[3:]

    cases = [
        ("command without a signature", "command", 401, lambda b: send(host, "command", b, signature="")),
        ("command without a timestamp", "command", 401, lambda b: send(host, "command", b, ts="", signature=sign(SECRET, "", b))),
        ("command with a forged signature", "command", 401, lambda b: send(host, "command", b, signature="v0=" + "0" * 64)),
        ("command signed with another secret", "command", 401, lambda b: send(host, "command", b, signature=sign("not-the-secret", now(), b))),
        ("command with version prefix v1=", "command", 401, lambda b: send(host, "command", b, signature="v1=" + valid_hex(b, now()))),
        ("command with version prefix V0=", "command", 401, lambda b: send(host, "command", b, signature="V0=" + valid_hex(b, now()))),
        ("command with a bare hex signature", "command", 401, lambda b: send(host, "command", b, signature=valid_hex(b, now()))),
        ("command signed 6 minutes ago", "command", 401, lambda b: send(host, "command", b, ts=old)),
        ("command signed 6 minutes ahead", "command", 401, lambda b: send(host, "command", b, ts=ahead)),
        ("command with a non-numeric timestamp", "command", 401, lambda b: send(host, "command", b, ts="1e9")),
        ("command signed for another timestamp", "command", 401, lambda b: send(host, "command", b, ts=now(), signature=sign(SECRET, old, b))),
        ("command text changed after signing", "command", 401, lambda b: send(host, "command", b.replace("Forgedco", "Evilco"), signed_body=b)),
        ("command with a field appended after signing", "command", 401, lambda b: send(host, "command", b + "&user_id=UEVIL", signed_body=b)),
        ("command over 512 KB, signed", "command", 413, lambda b: send(host, "command", b + "&pad=" + "x" * 600_000)),
        ("event with a forged signature", "event", 401, lambda b: send(host, "event", b, signature="v0=" + "f" * 64)),
        ("event signed 6 minutes ago", "event", 401, lambda b: send(host, "event", b, ts=old)),
        ("event text changed after signing", "event", 401, lambda b: send(host, "event", b.replace("Forgedco", "Evilco"), signed_body=b)),
        ("event over 512 KB, signed", "event", 413, lambda b: send(host, "event", b[:-1] + ', "pad": "' + "x" * 600_000 + '"}')),
        ("click with a forged signature", "click", 401, lambda b: send(host, "click", b, signature="v0=" + "a" * 64)),
        ("click signed with another secret", "click", 401, lambda b: send(host, "click", b, signature=sign("not-the-secret", now(), b))),
        ("click value changed after signing", "click", 401, lambda b: send(host, "click", b.replace("Forgedco", "Evilco"), signed_body=b)),
        ("click signed 6 minutes ago", "click", 401, lambda b: send(host, "click", b, ts=old)),
    ]
    return cases


def attack(host, fake):
    refused = []
    for name, kind, expected, do in forgeries(host):
        user = new_user()
        body = {"command": lambda: command(fake, user, "qualify Forgedco"), "event": lambda: event(user, "qualify Forgedco"),
                "click": lambda: click(fake, user, "run_command", "qualify Forgedco")}[kind]()
        status = do(body)
        record(C, status == expected, f"{name}: got {status}, expected {expected}")
        refused.append((name, user))
    unsigned = json.dumps({"type": "url_verification", "challenge": "blackbox", "token": "x"})
    status = post(host.base + "/api/slack/events", unsigned, "application/json")[0]
    record(C, status == 401, f"an unsigned url_verification challenge got {status}, expected 401")

    replays(host, fake)

    # Give any work a forged request might have queued time to run, then check it left no trace.
    time.sleep(3)
    for name, user in refused:
        record(C, not fake.about(user), f"{name}: Slack was called about the user: {[m for m, _ in fake.about(user)]}")
    for name, user in refused:
        status = send(host, "command", command(fake, user, "deals"))
        shown = wait_for(lambda: fake.messages_to(user))
        record(C, status == 200 and len(shown) == 1 and "No deals yet" in shown[0],
               f"{name}: afterwards the user's own 'deals' ({status}) showed {[s[:120] for s in shown]}")


def history(host, fake, user, prospect, marker):
    """How often the deal's history lists the touch whose outcome contains marker (asked with a fresh signed command)."""
    before = len(fake.messages_to(user))
    send(host, "command", command(fake, user, f"deal {prospect} history"))
    shown = wait_for(lambda: fake.messages_to(user)[before:] if any("call" in m for m in fake.messages_to(user)[before:]) else None)
    return sum(m.count(marker) for m in (shown or []))


def settle(fake, user, seconds=2.0):
    """Waits until nothing new arrived for the user for a while."""
    last, quiet = -1, time.monotonic()
    while time.monotonic() - quiet < seconds:
        n = len(fake.about(user))
        if n != last:
            last, quiet = n, time.monotonic()
        time.sleep(0.1)


def replays(host, fake):
    # A signed slash command sent again (three times) within the window runs once.
    user = new_user()
    send(host, "command", command(fake, user, "qualify Replayco"))
    wait_for(lambda: fake.posts(user))
    send(host, "command", command(fake, user, "cancel"))
    settle(fake, user)
    body, ts = command(fake, user, "log Replayco call replay-command"), now()
    statuses = [send(host, "command", body, ts=ts) for _ in range(3)]
    settle(fake, user)
    record(C, statuses == [200, 200, 200], f"a replayed slash command was not acknowledged: {statuses}")
    logged = [m for m in fake.messages_to(user) if "Logged a call" in m]
    record(C, len(logged) == 1, f"a slash command sent 3 times was answered {len(logged)} times")
    record(C, history(host, fake, user, "Replayco", "replay-command") == 1, "a replayed slash command was not stored exactly once")

    # A signed event sent again verbatim, and Slack's own retry (re-signed, same event_id), run once.
    user = new_user()
    send(host, "event", event(user, "qualify Replayco"))
    wait_for(lambda: fake.posts(user))
    send(host, "event", event(user, "cancel"))
    settle(fake, user)
    body, ts = event(user, "log Replayco call replay-event"), now()
    statuses = [send(host, "event", body, ts=ts) for _ in range(2)]
    statuses.append(send(host, "event", body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}))
    settle(fake, user)
    record(C, statuses == [200, 200, 200], f"a replayed event was not acknowledged: {statuses}")
    logged = [m for m in fake.messages_to(user) if "Logged a call" in m]
    record(C, len(logged) == 1, f"an event sent 3 times was answered {len(logged)} times")
    record(C, history(host, fake, user, "Replayco", "replay-event") == 1, "a replayed event was not stored exactly once")

    # A signed command-button click sent again within the window runs once.
    user = new_user()
    send(host, "command", command(fake, user, "qualify Replayco"))
    wait_for(lambda: fake.posts(user))
    send(host, "command", command(fake, user, "cancel"))
    settle(fake, user)
    body, ts = click(fake, user, "run_command", "log Replayco call replay-click"), now()
    statuses = [send(host, "click", body, ts=ts) for _ in range(3)]
    settle(fake, user)
    record(C, statuses == [200, 200, 200], f"a replayed click was not acknowledged: {statuses}")
    logged = [m for m in fake.messages_to(user) if "Logged a call" in m]
    record(C, len(logged) == 1, f"a command button click sent 3 times was answered {len(logged)} times")
    record(C, history(host, fake, user, "Replayco", "replay-click") == 1, "a replayed click was not stored exactly once")

    # A signed answer click on a question sent again answers that question once (no second question skipped).
    user = new_user()
    send(host, "command", command(fake, user, "qualify Answerco"))
    question = wait_for(lambda: [p for p in fake.posts(user) if "Question 1 of" in json.dumps(p)])
    if not record(C, bool(question), f"no first question was posted: {fake.messages_to(user)}"):
        return
    q = question[0]
    button = next((e for e in walk(q.get("blocks", [])) if isinstance(e, dict) and str(e.get("action_id", "")).startswith("answer_")), None)
    if not record(C, button is not None, "the question has no answer button"):
        return
    body, ts = click(fake, user, button["action_id"], button["value"], q), now()
    statuses = [send(host, "click", body, ts=ts) for _ in range(3)]
    settle(fake, user)
    questions = [json.dumps(p) for p in fake.posts(user)]
    second, third = sum("Question 2 of" in q for q in questions), sum("Question 3 of" in q for q in questions)
    record(C, statuses == [200, 200, 200], f"a replayed answer click was not acknowledged: {statuses}")
    record(C, second == 1 and third == 0, f"an answer click sent 3 times posted question 2 {second} times, question 3 {third} times")


def walk(node):
    if isinstance(node, dict):
        yield node
        for v in node.values():
            yield from walk(v)
    elif isinstance(node, list):
        for v in node:
            yield from walk(v)
