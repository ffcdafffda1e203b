"""Unwritable database: the SQLite WAL file, then the main database file, of a running host made immutable
(chattr +i, as root). Every message must get its normal answer (and keep it) or a short apology with an incident id,
never an empty or 500 answer; /health/ready must say degraded and why; after chattr -i the host answers normally again
and nothing acknowledged is lost, nothing apologized for is kept."""
import concurrent.futures as cf, re, signal, subprocess, time, uuid

from hosts import Host, get
from local_attack import say, touches
from tally import record

C = "unwritable database"
INCIDENT = re.compile(r"incident [0-9a-f]{8}")


def chattr(flag, path):
    subprocess.run(["chattr", flag, path], check=True)


def attack(host):
    user, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(host, user, conv, "qualify Lockco")
    say(host, user, conv, "cancel")
    acked, apologized = set(), set()
    for label, suffix in (("WAL file", "-wal"), ("database file", "")):
        path = host.db + suffix
        tag = "wal" if suffix else "main"
        chattr("+i", path)
        try:
            texts = [f"log Lockco call {tag}-{i}" for i in range(6)] + ["deals", "status", f"qualify New{tag}co"]
            answers = [(t, say(host, user, conv, t)) for t in texts]
            # Simultaneous turns of other users need connections of their own: what does a fresh connection see?
            with cf.ThreadPoolExecutor(16) as pool:
                burst = [f"log Lockco call {tag}-burst-{i}" for i in range(16)]
                answers += list(zip(burst, pool.map(lambda t: say(host, user, f"{conv}-{t}", t), burst)))
            for text, (status, reply) in answers:
                normal = status == 200 and reply.strip() != "" and not INCIDENT.search(reply)
                apology = status == 200 and bool(INCIDENT.search(reply)) and len(reply) < 400
                record(C, normal or apology, f"{label} immutable, {text!r}: {status} {reply[:100]!r}")
                outcome = text.removeprefix("log Lockco call ")
                if text.startswith("log ") and normal and "Logged a call" in reply:
                    acked.add(outcome)
                elif text.startswith("log ") and apology:
                    apologized.add(outcome)
            refused = sum(1 for _, (s, r) in answers if INCIDENT.search(r))
            status, body = host.ready()
            record(C, status == 503 and re.search(r"(store|sqlite): (Degraded|Unhealthy): \S", body) is not None,
                   f"{label} immutable ({refused} of {len(answers)} turns refused): /health/ready {status} {body[:160]!r}")
            record(C, get(host.base + "/health/live")[0] == 200, f"{label} immutable: /health/live not 200")
            print(f"  {label} immutable: {refused} of {len(answers)} turns apologized; /health/ready {status} {body[:140]!r}", flush=True)
        finally:
            chattr("-i", path)
        recovered = wait(lambda: host.ready()[0] == 200, 60)
        record(C, recovered, f"{label} writable again: /health/ready did not come back to 200")
        status, reply = say(host, user, conv, f"log Lockco call after-{tag}")
        record(C, status == 200 and "Logged a call" in reply, f"{label} writable again: {status} {reply[:100]!r}")
        acked.add(f"after-{tag}")
    stored = set(touches(host, user, conv, "Lockco"))
    record(C, acked <= stored, f"acknowledged touches lost: {sorted(acked - stored)}")
    record(C, not (apologized & stored), f"touches kept although the user was told they failed: {sorted(apologized & stored)}")
    record(C, host.alive(), "the host died")


def shm(host, limits):
    """The -shm file made immutable under a running host. SQLite maps it into memory and writes it on every transaction;
    the kernel answers such a write to an immutable file with SIGBUS, which no process survives and no log line reports.
    What must hold: restarted with the file still immutable, the host runs, says why it is not ready, and apologizes;
    once the file is writable again it answers, and nothing acknowledged before is lost."""
    user, conv = "bb-" + uuid.uuid4().hex[:8], "conv-" + uuid.uuid4().hex[:8]
    say(host, user, conv, "qualify Shmco")
    say(host, user, conv, "cancel")
    status, reply = say(host, user, conv, "log Shmco call before-shm")
    record(C, "Logged a call" in reply, f"-shm: the control turn failed: {status} {reply[:100]!r}")
    path = host.db + "-shm"
    chattr("+i", path)
    try:
        status, reply = say(host, user, conv, "log Shmco call during-shm")
        time.sleep(1)
        if host.alive():
            record(C, status == 200 and reply.strip() != "", f"-shm immutable: {status} {reply[:100]!r}")
        else:
            code = host.process.returncode
            name = signal.Signals(-code).name if code < 0 else f"exit {code}"
            limits.append(f"-shm made immutable under a running host: the next turn killed it with {name}, no log line "
                          "(SQLite writes the mapped -shm; the kernel refuses with SIGBUS). Restarted, it says why; see the rows.")
            host.start(wait=False)
            up = wait(lambda: get(host.base + "/health/live")[0] == 200, 120)
            record(C, up, "-shm still immutable: the restarted host did not come up")
        status, body = host.ready()
        record(C, status == 503 and f"may not write '{path}'" in body, f"-shm immutable: /health/ready {status} {body[:200]!r}")
        status, reply = say(host, user, conv, "log Shmco call apologized-shm")
        record(C, status == 200 and bool(INCIDENT.search(reply)), f"-shm immutable: a turn got {status} {reply[:100]!r}")
    finally:
        chattr("-i", path)
    record(C, wait(lambda: host.ready()[0] == 200, 60), "-shm writable again: /health/ready did not come back to 200")
    status, reply = say(host, user, conv, "log Shmco call after-shm")
    record(C, "Logged a call" in reply, f"-shm writable again: {status} {reply[:100]!r}")
    stored = set(touches(host, user, conv, "Shmco"))
    record(C, {"before-shm", "after-shm"} <= stored and "apologized-shm" not in stored, f"-shm: touches stored {sorted(stored)}")


def wait(condition, seconds):
    until = time.monotonic() + seconds
    while time.monotonic() < until:
        if condition():
            return True
        time.sleep(0.5)
    return False
