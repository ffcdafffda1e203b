#!/usr/bin/env python3
"""Black-box attack on SalesBot over HTTP only: issue #21's nine categories against hosts this script starts from a
built SalesBot.Host.dll, each on its own port and SQLite file:
  local — local mode, with Slack configured (signing secret, bot token, Web API = a loopback fake in this script);
  teams — Bot Framework mode, its OpenID metadata and keys served by a loopback fake in this script;
  store, shm — local mode, for the unwritable-database attack (chattr, so run as root).
Prints: category | tried | correct | failed, then every failure; exits 1 when anything failed.
Usage: blackbox.py --host-dll DLL --work DIR [--only slack,teams,...] [--conversations N] [--kills N] [--port P]
"""
import argparse, signal, sys, time

import local_attack, slack_attack, store_attack, teams_attack
from fake_slack import FakeSlack
from hosts import Host
from tally import all_correct, failures, table

CATEGORIES = ["bad-input", "isolation", "export", "slack", "teams", "kill", "unwritable", "bursts", "conversations"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--host-dll", required=True)
    p.add_argument("--work", required=True, help="a folder for the hosts' databases and logs")
    p.add_argument("--port", type=int, default=3988, help="the local host's port; teams +1, store +2, shm +3")
    p.add_argument("--only", default=",".join(CATEGORIES), help="comma-separated: " + ",".join(CATEGORIES))
    p.add_argument("--kills", type=int, default=3)
    p.add_argument("--conversations", type=int, default=40000)
    a = p.parse_args()
    only = set(a.only.split(","))
    if only - set(CATEGORIES):
        p.error(f"unknown categories: {sorted(only - set(CATEGORIES))}")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # so the hosts are stopped below
    started, hosts, limits = time.monotonic(), [], []
    slack, login = FakeSlack(), None
    try:
        local = teams = store = shm = None
        if only & {"bad-input", "isolation", "export", "slack", "kill", "bursts", "conversations"}:
            local = Host(a.host_dll, a.work, "local", a.port, slack_attack.settings(slack)).start(wait=False)
            hosts.append(local)
        if "teams" in only:
            login = teams_attack.FakeLogin(a.work)
            teams = Host(a.host_dll, a.work, "teams", a.port + 1, login.settings()).start(wait=False)
            hosts.append(teams)
        if "unwritable" in only:
            store = Host(a.host_dll, a.work, "store", a.port + 2, {}).start(wait=False)
            shm = Host(a.host_dll, a.work, "shm", a.port + 3, {}).start(wait=False)
            hosts += [store, shm]
        for host in hosts:
            host.wait_ready()
        steps = [("bad-input", lambda: local_attack.bad_input(local)),
                 ("isolation", lambda: local_attack.isolation(local)),
                 ("export", lambda: local_attack.export_links(local)),
                 ("slack", lambda: slack_attack.attack(local, slack)),
                 ("teams", lambda: teams_attack.attack(teams, login)),
                 ("kill", lambda: local_attack.durability(local, a.kills)),
                 ("unwritable", lambda: (store_attack.attack(store), store_attack.shm(shm, limits))),
                 ("bursts", lambda: local_attack.bursts(local)),
                 ("conversations", lambda: local_attack.conversations(local, a.conversations))]
        for name, step in steps:
            if name in only:
                t = time.monotonic()
                step()
                print(f"  {name}: {time.monotonic() - t:.0f} s", flush=True)
    finally:
        for host in hosts:
            host.stop()
        slack.stop()
        if login:
            login.stop()
    print(table())
    for f in failures:
        print("FAILED:", f)
    for limit in limits:
        print("KNOWN LIMIT:", limit)
    print(f"run time {time.monotonic() - started:.0f} s")
    sys.exit(0 if all_correct() else 1)


if __name__ == "__main__":
    main()
