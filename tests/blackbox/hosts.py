"""SalesBot hosts started from the built DLL, each on its own port and SQLite file, and what the attack needs of them."""
import json, os, signal, subprocess, time, urllib.error, urllib.request, uuid

ACTIVITY_TIMEOUT = 60


class Host:
    def __init__(self, dll, work, name, port, settings):
        self.dll, self.name, self.port = dll, name, port
        self.base = f"http://127.0.0.1:{port}"
        self.db = os.path.join(work, f"{name}.db")
        self.log = os.path.join(work, f"{name}.log")
        self.work = work
        self.settings = {"ConnectionStrings:SalesBot": f"Data Source={self.db}", "RateLimit:TurnsPerMinute": "0",
                         "Nudges:Enabled": "false", "Slack:KeysFolder": os.path.join(work, f"{name}-keys"), **settings}
        self.process = None

    def start(self, wait=True):
        args = ["dotnet", self.dll, "--urls", self.base] + [f"--{k}={v}" for k, v in self.settings.items()]
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen(args, cwd=self.work, stdout=log, stderr=subprocess.STDOUT)
        if wait:
            self.wait_ready()
        return self

    def kill9(self):
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.kill9()

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def rss_mb(self):
        with open(f"/proc/{self.process.pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS")) / 1024

    def wait_ready(self, seconds=180):
        for _ in range(seconds * 2):
            if not self.alive():
                raise SystemExit(f"host {self.name} exited ({self.process.returncode}); see {self.log}")
            if self.ready()[0] == 200:
                return
            time.sleep(0.5)
        raise SystemExit(f"host {self.name} did not become ready; see {self.log}")

    def ready(self):
        return get(self.base + "/health/ready", timeout=10)

    def log_text(self):
        with open(self.log, encoding="utf-8", errors="replace") as f:
            return f.read()


def get(url, timeout=30):
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except Exception as e:  # connection refused, reset, timeout
        return 0, str(e)


def post(url, body, content_type="application/json", headers=None, timeout=ACTIVITY_TIMEOUT):
    data = body if isinstance(body, bytes) else body.encode()
    req = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": content_type, **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")
    except Exception as e:
        return 0, str(e)


def activity(user, conv, text, aid=None, channel="webchat", **extra):
    return {"type": "message", "id": aid or "act-" + uuid.uuid4().hex[:12], "channelId": channel,
            "from": {"id": user, "name": "Black Box"}, "recipient": {"id": "salesbot"},
            "conversation": {"id": conv}, "locale": "en-US", "text": text, "deliveryMode": "expectReplies", **extra}


def reply_texts(status, body):
    """The texts (or, for cards, the attachments' JSON) of an expectReplies answer."""
    if status != 200:
        return ""
    try:
        replies = json.loads(body).get("activities", [])
    except ValueError:
        return ""
    return "\n".join(t for t in (a.get("text") or json.dumps(a.get("attachments") or "") for a in replies) if t)
