#!/usr/bin/env python3
"""Black-box attack on a running SalesBot host in local mode (issue #21's categories that need no channel secrets).

Talks HTTP to the host only, like the local chat page does, and prints: category | tried | correct | failed.
Usage: blackbox.py --base http://127.0.0.1:3978 [--restart-cmd CMD --pid-file F] [--conversations N]
"""
import argparse, concurrent.futures as cf, json, os, re, signal, subprocess, sys, time, urllib.request, urllib.error, uuid

results = {}
failures = []


def record(category, ok, what):
    tried, correct = results.get(category, (0, 0))
    results[category] = (tried + 1, correct + (1 if ok else 0))
    if not ok:
        failures.append(f"{category}: {what}")


def post(base, body, content_type="application/json", headers=None, timeout=60):
    data = body if isinstance(body, bytes) else body.encode()
    req = urllib.request.Request(base + "/api/messages", data=data, method="POST",
                                 headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except Exception as e:  # connection refused, reset, timeout
        return 0, str(e)


def activity(user, conv, text, aid=None):
    return json.dumps({
        "type": "message", "id": aid or "act-" + uuid.uuid4().hex[:12], "channelId": "webchat",
        "from": {"id": user, "name": "Black Box"}, "recipient": {"id": "salesbot"},
        "conversation": {"id": conv}, "locale": "en-US", "text": text, "deliveryMode": "expectReplies"})


def say(base, user, conv, text, aid=None, headers=None):
    status, body = post(base, activity(user, conv, text, aid), headers=headers)
    texts = []
    if status == 200:
        try:
            texts = [a.get("text") or json.dumps(a.get("attachments") or "") for a in json.loads(body).get("activities", [])]
        except ValueError:
            pass
    return status, "\n".join(t for t in texts if t)


def touches(base, user, conv, prospect):
    _, text = say(base, user, conv, f"deal {prospect} history")
    return len(re.findall(r"^- \d{4}-\d{2}-\d{2} call:", text, re.M))


def bad_input(base):
    c = "bad input"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    status, _ = post(base, activity(u, conv, "qualify Acme"), content_type="text/plain")
    record(c, status == 415, f"text/plain body got {status}, expected 415")
    status, _ = post(base, "{not json")
    record(c, status == 400, f"invalid JSON got {status}, expected 400")
    status, _ = post(base, "[]")
    record(c, 400 <= status < 500, f"a JSON array got {status}, expected 4xx")
    status, _ = post(base, json.dumps({"type": "message"}))
    record(c, 400 <= status < 500, f"an activity without from/conversation got {status}, expected 4xx")
    status, _ = post(base, activity("x" * 100_000, conv, "qualify Acme"))
    record(c, status == 400, f"a 100k-character user id got {status}, expected 400")
    status, _ = post(base, activity(u, conv, "qualify " + "A" * 300_000))
    record(c, status == 413, f"a 300 KB body got {status}, expected 413")
    status, text = say(base, u, conv, "qualify " + "B" * 3000)
    record(c, status == 200 and "Nothing was recorded" in text, f"a 3000-character message got {status}: {text[:120]!r}")
    status, text = say(base, u, conv, "qualify \u200b\u200d")
    record(c, status == 200 and "Which prospect?" in text, f"a zero-width name got {status}: {text[:120]!r}")
    status, text = say(base, u, conv, "\u0000\u0007 deals")
    record(c, status == 200, f"control characters got {status}")
    _, text = say(base, u, conv, "deals")
    record(c, "No deals yet" in text, f"bad input created deals: {text[:200]!r}")
    status, _ = post(base, activity(u, conv, "deals"), headers={"Origin": "http://evil.example"})
    record(c, status == 403, f"a cross-origin POST got {status}, expected 403")


def isolation(base):
    c = "isolation"
    a, b = "bb-a-" + uuid.uuid4().hex[:6], "bb-b-" + uuid.uuid4().hex[:6]
    conv = "conv-" + uuid.uuid4().hex[:8]
    say(base, a, conv, "qualify Secretco")
    _, text = say(base, b, conv, "deals")
    record(c, "Secretco" not in text, "another user in the same conversation sees the deal")
    _, text = say(base, b, "other-" + conv, "deal Secretco")
    record(c, "Secretco" in text and "no deal" in text.lower(), f"another user opening the deal by name: {text[:160]!r}")
    _, text = say(base, b, conv, "forget Secretco")
    record(c, "no deal" in text.lower() or "Which prospect" in text, f"another user forgetting it: {text[:160]!r}")
    _, text = say(base, a, conv, "status")
    record(c, "Secretco" in text, f"the owner lost the question: {text[:160]!r}")
    # Composite keys: user b|c in conversation a vs user c in conversation a|b.
    tag = uuid.uuid4().hex[:6]
    say(base, f"b|c{tag}", f"a{tag}", "qualify Pipeco")
    _, text = say(base, f"c{tag}", f"a{tag}|b", "status")
    record(c, "Pipeco" not in text, f"a | in ids shared state: {text[:160]!r}")
    say(base, a, conv, "cancel")


def export_links(base):
    c = "export links"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(base, u, conv, "qualify Exportco")
    say(base, u, conv, "cancel")
    status, text = say(base, u, conv, "export", headers={"Host": "evil.example"})
    record(c, status == 200 and "evil.example" not in text, f"Host header reached the link: {text[:200]!r}")
    _, text = say(base, u, conv, "export")
    links = re.findall(r"https?://[^\s)\"'\\]+", text)
    record(c, len(links) > 0, f"export gave no link: {text[:200]!r}")
    for link in links[:1]:
        try:
            with urllib.request.urlopen(link, timeout=30) as r:
                body = r.read().decode()
            record(c, "Exportco" in body, "the owner's link did not give the owner's data")
        except Exception as e:
            record(c, False, f"the owner's link failed: {e}")
        forged = re.sub(r"([A-Za-z0-9_-]{8})(?=[^/]*$)", "AAAAAAAA", link, count=1)
        try:
            urllib.request.urlopen(forged, timeout=30)
            record(c, False, "a tampered link was served")
        except urllib.error.HTTPError as e:
            record(c, e.code in (400, 403, 404, 410), f"a tampered link got {e.code}")


def bursts(base):
    c = "bursts"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(base, u, conv, "qualify Burstco")
    say(base, u, conv, "cancel")
    with cf.ThreadPoolExecutor(100) as pool:
        out = list(pool.map(lambda i: say(base, u, conv, f"log Burstco call burst {i}"), range(100)))
    logged = sum(1 for s, t in out if s == 200 and "Logged a call" in t)
    for s, t in out:
        record(c, s == 200 and t.strip() != "", f"100 simultaneous turns: status {s}, reply {t[:80]!r}")
    stored = touches(base, u, conv, "Burstco")
    record(c, stored == logged, f"100 simultaneous turns: {logged} said logged, {stored} stored")
    # A 200-message burst: one user, four conversations, two deals.
    say(base, u, conv, "qualify Burst2")
    say(base, u, conv, "cancel")
    with cf.ThreadPoolExecutor(200) as pool:
        out = list(pool.map(lambda i: say(base, u, f"{conv}-{i % 4}", f"log {'Burstco' if i % 2 else 'Burst2'} call b2 {i}"), range(200)))
    ok = sum(1 for s, t in out if s == 200 and "Logged a call" in t)
    record(c, ok == 200, f"200-message burst: {ok} of 200 logged")
    stored = touches(base, u, conv, "Burstco") + touches(base, u, conv, "Burst2")
    record(c, stored == logged + ok, f"200-message burst: {stored} stored, {logged + ok} acknowledged")


def durability(base, restart, pid_file, rounds):
    c = "kill -9 durability"
    if not restart:
        results.setdefault(c, (0, 0))
        failures.append(f"{c}: not run (no --restart-cmd)")
        return
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(base, u, conv, "qualify Durableco")
    say(base, u, conv, "cancel")
    acked = 0
    for r in range(rounds):
        with cf.ThreadPoolExecutor(20) as pool:
            futures = [pool.submit(say, base, u, conv, f"log Durableco call kill {r}-{i}") for i in range(40)]
            time.sleep(0.3)
            os.kill(int(open(pid_file).read()), signal.SIGKILL)
            for f in futures:
                s, t = f.result()
                acked += 1 if s == 200 and "Logged a call" in t else 0
        subprocess.Popen(restart, shell=True)
        wait_ready(base)
    stored = touches(base, u, conv, "Durableco")
    record(c, stored >= acked, f"{acked} acknowledged before {rounds} kill -9s, {stored} stored")
    record(c, True, "host came back after every kill")


def conversations(base, n):
    c = f"{n} conversations"
    tag = uuid.uuid4().hex[:6]
    with cf.ThreadPoolExecutor(32) as pool:
        out = list(pool.map(lambda i: say(base, f"u{tag}-{i}", f"c{tag}-{i}", "deals")[0], range(n)))
    bad = [s for s in out if s != 200]
    results[c] = (n, n - len(bad))
    if bad:
        failures.append(f"{c}: {len(bad)} answered {sorted(set(bad))}")
    try:
        with urllib.request.urlopen(base + "/health/ready", timeout=10) as r:
            record(c, r.status == 200, "not ready after the conversations")
    except Exception as e:
        record(c, False, f"not ready after the conversations: {e}")


def wait_ready(base, seconds=120):
    for _ in range(seconds * 2):
        try:
            with urllib.request.urlopen(base + "/health/ready", timeout=2) as r:
                if r.status == 200:
                    return
        except Exception:
            pass
        time.sleep(0.5)
    raise SystemExit("the host did not become ready")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://127.0.0.1:3978")
    p.add_argument("--restart-cmd")
    p.add_argument("--pid-file")
    p.add_argument("--kills", type=int, default=3)
    p.add_argument("--conversations", type=int, default=40000)
    a = p.parse_args()
    wait_ready(a.base)
    for step in (bad_input, isolation, export_links, bursts):
        step(a.base)
    durability(a.base, a.restart_cmd, a.pid_file, a.kills)
    conversations(a.base, a.conversations)
    print(f"{'category':<22} | tried | correct | failed")
    for category, (tried, correct) in results.items():
        print(f"{category:<22} | {tried:>5} | {correct:>7} | {tried - correct:>6}")
    for f in failures:
        print("FAILED:", f)
    sys.exit(1 if any(t != c for t, c in results.values()) else 0)


if __name__ == "__main__":
    main()
