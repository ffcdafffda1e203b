#!/usr/bin/env bash
# Black-box re-run of issue #21's nine categories against a fresh clone of main, built as the README says (dotnet build)
# and started by blackbox.py as separate hosts (local mode with Slack configured against a loopback fake Slack Web API;
# Bot Framework mode against loopback fake OpenID metadata; two more for the unwritable database), each on a new
# SQLite file, attacked over HTTP only. Rate limiting is off (RateLimit:TurnsPerMinute=0) so bursts measure
# serialization, not the limiter. Run as root: the unwritable-database attack uses chattr +i.
# Usage: tests/blackbox/run.sh [repo-or-url] [-- blackbox.py options, e.g. --only slack,teams --conversations 5000]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source="${1:-$(cd "$here/../.." && pwd)}"; shift || true
[[ "${1:-}" == "--" ]] && shift
work="$(mktemp -d)"
trap 'chattr -R -i "$work" 2>/dev/null || true; rm -rf "$work"' EXIT
git clone -q --branch main "$source" "$work/salesbot"
echo "commit $(git -C "$work/salesbot" rev-parse --short HEAD): $(git -C "$work/salesbot" log -1 --format=%s | cut -c1-100)"
dotnet build "$work/salesbot/src/SalesBot.Host" -c Release -o "$work/host" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
mkdir "$work/run"
python3 "$here/blackbox.py" --host-dll "$work/host/SalesBot.Host.dll" --work "$work/run" "$@"
