"""Issue #21's categories against the local-mode endpoint (POST /api/messages, as the local chat page talks to it)."""
import concurrent.futures as cf, json, re, threading, time, uuid

from hosts import activity, get, post, reply_texts
from tally import failures, record, results


def send(host, body, content_type="application/json", headers=None):
    return post(host.base + "/api/messages", body if isinstance(body, (str, bytes)) else json.dumps(body), content_type, headers)


def say(host, user, conv, text, aid=None, headers=None):
    status, body = send(host, activity(user, conv, text, aid), headers=headers)
    return status, reply_texts(status, body)


def touches(host, user, conv, prospect):
    _, text = say(host, user, conv, f"deal {prospect} history")
    return re.findall(r"^- \d{4}-\d{2}-\d{2} call: (.*)$", text, re.M)


def bad_input(host):
    c = "bad input"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    status, _ = send(host, activity(u, conv, "qualify Acme"), content_type="text/plain")
    record(c, status == 415, f"text/plain body got {status}, expected 415")
    status, _ = send(host, "{not json")
    record(c, status == 400, f"invalid JSON got {status}, expected 400")
    status, _ = send(host, "[]")
    record(c, 400 <= status < 500, f"a JSON array got {status}, expected 4xx")
    status, _ = send(host, {"type": "message"})
    record(c, 400 <= status < 500, f"an activity without from/conversation got {status}, expected 4xx")
    status, _ = send(host, activity("x" * 100_000, conv, "qualify Acme"))
    record(c, status == 400, f"a 100k-character user id got {status}, expected 400")
    status, _ = send(host, activity(u, conv, "qualify " + "A" * 300_000))
    record(c, status == 413, f"a 300 KB body got {status}, expected 413")
    status, text = say(host, u, conv, "qualify " + "B" * 3000)
    record(c, status == 200 and "Nothing was recorded" in text, f"a 3000-character message got {status}: {text[:120]!r}")
    status, text = say(host, u, conv, "qualify \u200b\u200d")
    record(c, status == 200 and "Which prospect?" in text, f"a zero-width name got {status}: {text[:120]!r}")
    status, text = say(host, u, conv, "\u0000\u0007 deals")
    record(c, status == 200, f"control characters got {status}")
    _, text = say(host, u, conv, "deals")
    record(c, "No deals yet" in text, f"bad input created deals: {text[:200]!r}")
    status, _ = send(host, activity(u, conv, "deals"), headers={"Origin": "http://evil.example"})
    record(c, status == 403, f"a cross-origin POST got {status}, expected 403")


def isolation(host):
    c = "isolation"
    a, b = "bb-a-" + uuid.uuid4().hex[:6], "bb-b-" + uuid.uuid4().hex[:6]
    conv = "conv-" + uuid.uuid4().hex[:8]
    say(host, a, conv, "qualify Secretco")
    _, text = say(host, b, conv, "deals")
    record(c, "Secretco" not in text, "another user in the same conversation sees the deal")
    _, text = say(host, b, "other-" + conv, "deal Secretco")
    record(c, "Secretco" in text and "no deal" in text.lower(), f"another user opening the deal by name: {text[:160]!r}")
    _, text = say(host, b, conv, "forget Secretco")
    record(c, "no deal" in text.lower() or "Which prospect" in text, f"another user forgetting it: {text[:160]!r}")
    _, text = say(host, a, conv, "status")
    record(c, "Secretco" in text, f"the owner lost the question: {text[:160]!r}")
    # Composite keys: user b|c in conversation a vs user c in conversation a|b.
    tag = uuid.uuid4().hex[:6]
    say(host, f"b|c{tag}", f"a{tag}", "qualify Pipeco")
    _, text = say(host, f"c{tag}", f"a{tag}|b", "status")
    record(c, "Pipeco" not in text, f"a | in ids shared state: {text[:160]!r}")
    say(host, a, conv, "cancel")


def export_links(host):
    c = "export links"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(host, u, conv, "qualify Exportco")
    say(host, u, conv, "cancel")
    status, text = say(host, u, conv, "export", headers={"Host": "evil.example"})
    record(c, status == 200 and "evil.example" not in text, f"Host header reached the link: {text[:200]!r}")
    _, text = say(host, u, conv, "export")
    links = re.findall(r"https?://[^\s)\"'\\]+", text)
    record(c, len(links) > 0, f"export gave no link: {text[:200]!r}")
    for link in links[:1]:
        status, body = get(link)
        record(c, status == 200 and "Exportco" in body, f"the owner's link gave {status}, not the owner's data")
        forged = re.sub(r"([A-Za-z0-9_-]{8})(?=[^/]*$)", "AAAAAAAA", link, count=1)
        status, _ = get(forged)
        record(c, status in (400, 403, 404, 410), f"a tampered link got {status}")


def bursts(host):
    c = "bursts"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(host, u, conv, "qualify Burstco")
    say(host, u, conv, "cancel")
    with cf.ThreadPoolExecutor(100) as pool:
        out = list(pool.map(lambda i: say(host, u, conv, f"log Burstco call burst {i}"), range(100)))
    logged = sum(1 for s, t in out if s == 200 and "Logged a call" in t)
    for s, t in out:
        record(c, s == 200 and t.strip() != "", f"100 simultaneous turns: status {s}, reply {t[:80]!r}")
    stored = len(touches(host, u, conv, "Burstco"))
    record(c, stored == logged, f"100 simultaneous turns: {logged} said logged, {stored} stored")
    # A 200-message burst: one user, four conversations, two deals.
    say(host, u, conv, "qualify Burst2")
    say(host, u, conv, "cancel")
    with cf.ThreadPoolExecutor(200) as pool:
        out = list(pool.map(lambda i: say(host, u, f"{conv}-{i % 4}", f"log {'Burstco' if i % 2 else 'Burst2'} call b2 {i}"), range(200)))
    ok = sum(1 for s, t in out if s == 200 and "Logged a call" in t)
    record(c, ok == 200, f"200-message burst: {ok} of 200 logged")
    stored = len(touches(host, u, conv, "Burstco")) + len(touches(host, u, conv, "Burst2"))
    record(c, stored == logged + ok, f"200-message burst: {stored} stored, {logged + ok} acknowledged")


def durability(host, rounds):
    """Sixteen senders log touches without pause; after a second and a half the host is killed with SIGKILL and started
    again. Every touch the host acknowledged must be stored after the restarts, and none twice."""
    c = "kill -9 durability"
    u, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(host, u, conv, "qualify Durableco")
    say(host, u, conv, "cancel")
    acked, lock = set(), threading.Lock()
    for r in range(rounds):
        killed = threading.Event()

        def sender(i):
            n = 0
            while not killed.is_set():
                outcome = f"kill {r}-{i}-{n}"
                s, t = say(host, u, f"{conv}-{i % 4}", f"log Durableco call {outcome}")
                if s == 200 and "Logged a call" in t:
                    with lock:
                        acked.add(outcome)
                n += 1

        with cf.ThreadPoolExecutor(16) as pool:
            for i in range(16):
                pool.submit(sender, i)
            time.sleep(1.5)
            host.kill9()
            killed.set()
        host.start()
        record(c, True, "host came back after the kill")
    stored = touches(host, u, conv, "Durableco")
    lost = acked - set(stored)
    record(c, not lost, f"{len(lost)} of {len(acked)} acknowledged touches lost over {rounds} kill -9s: {sorted(lost)[:5]}")
    record(c, len(stored) == len(set(stored)), f"a touch was stored twice: {len(stored)} rows, {len(set(stored))} distinct")
    print(f"  kill -9: {len(acked)} touches acknowledged over {rounds} kills, {len(stored)} stored", flush=True)


def conversations(host, n):
    c = f"{n} conversations"
    tag = uuid.uuid4().hex[:6]
    start, rss = time.monotonic(), [host.rss_mb()]
    bad = []
    step = max(1, n // 8)
    with cf.ThreadPoolExecutor(32) as pool:
        for first in range(0, n, step):
            chunk = range(first, min(n, first + step))
            out = pool.map(lambda i: say(host, f"u{tag}-{i}", f"c{tag}-{i}", "deals"), chunk)
            bad += [s for s, t in out if s != 200 or "No deals yet" not in t]
            rss.append(host.rss_mb())
    results[c] = (n, n - len(bad))
    if bad:
        failures.append(f"{c}: {len(bad)} not answered 'No deals yet': {sorted(set(bad))}")
    seconds = time.monotonic() - start
    print(f"  {n} conversations in {seconds:.0f} s ({n / seconds:.0f}/s); RSS MB at each eighth: "
          + " ".join(f"{r:.0f}" for r in rss), flush=True)
    # Bounded: the second half of the run may not grow the process by more than the first half did (plus slack).
    half = len(rss) // 2
    record(c, rss[-1] - rss[half] <= max(rss[half] - rss[0], 0) + 64,
           f"RSS kept growing: {rss[0]:.0f} → {rss[half]:.0f} → {rss[-1]:.0f} MB")
    status, _ = host.ready()
    record(c, status == 200, f"not ready after the conversations ({status})")
