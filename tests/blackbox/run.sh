#!/usr/bin/env bash
# Black-box re-run of issue #21's categories against a fresh clone of main, built and started as the README says
# (dotnet build, then the host in local mode on a new SQLite file), attacked over HTTP only by blackbox.py.
# Rate limiting is off for the run (RateLimit:TurnsPerMinute=0) so bursts measure serialization, not the limiter.
# Usage: tests/blackbox/run.sh [repo-or-url] [-- blackbox.py options, e.g. --conversations 5000]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source="${1:-$(cd "$here/../.." && pwd)}"; shift || true
[[ "${1:-}" == "--" ]] && shift
work="$(mktemp -d)"
port="${SALESBOT_PORT:-3988}"
trap '[[ -f "$work/pid" ]] && kill -9 "$(cat "$work/pid")" 2>/dev/null; rm -rf "$work"' EXIT
git clone -q --branch main "$source" "$work/salesbot"
dotnet build "$work/salesbot/src/SalesBot.Host" -c Release -o "$work/host" -v quiet -nologo >/dev/null
cat >"$work/start.sh" <<START
cd "$work" && exec dotnet host/SalesBot.Host.dll --urls http://127.0.0.1:$port --ConnectionStrings:SalesBot="Data Source=$work/blackbox.db" \
  --RateLimit:TurnsPerMinute=0 --Nudges:Enabled=false >>"$work/host.log" 2>&1 &
echo \$! > "$work/pid"
START
bash "$work/start.sh"
python3 "$here/blackbox.py" --base "http://127.0.0.1:$port" --restart-cmd "bash $work/start.sh" --pid-file "$work/pid" "$@"
