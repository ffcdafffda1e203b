#!/usr/bin/env bash
# Microsoft 365 Agents Playground against the real host: builds and starts SalesBot in local mode on a fresh SQLite
# file, starts the Playground (npm @microsoft/m365agentsplayground, pinned) on the msteams channel with a new
# conversation, and drives its web page in headless Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM) to answer
# a money, a date and a free-text question inside SalesBot's Adaptive Cards. Prints PASS/FAIL lines; exits non-zero on
# any FAIL. The Playground phones home unless fenced in: it runs only with Statsbeat off and a preload that refuses
# every non-loopback connection ($LOOPBACK_GUARD, default ../shared/tools/loopback-only.js next to the repository).
#
# --locale ru-RU | pl-PL (or PLAYGROUND_LOCALE): the browser (navigator.language) and the Playground's process (LANG)
# get the locale, and drive.js runs the localized scenario (localized.js): screen → qualify → needs → engage. The
# Playground has no locale option and its msteams channel sends locale "en-US" whatever the locale, so the scenario
# chooses the language with "settings language" first.
set -euo pipefail
locale="${PLAYGROUND_LOCALE:-}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --locale) locale="$2"; shift 2 ;;
    *) echo "unknown option $1 (use --locale ru-RU|pl-PL)" >&2; exit 2 ;;
  esac
done
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
guard="${LOOPBACK_GUARD:-$repo/../shared/tools/loopback-only.js}"
work="$(mktemp -d)"
port="${SALESBOT_PORT:-3978}"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

if [[ ! -f "$guard" ]]; then
  echo "The loopback guard $guard is missing: set LOOPBACK_GUARD to a preload that refuses non-loopback connections." >&2
  exit 2
fi

echo "== building the host"
dotnet build "$repo/src/SalesBot.Host" -c Release -o "$work/host" -v quiet -nologo >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }

echo "== installing the Playground and playwright-core into $work"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --silent \
  @microsoft/m365agentsplayground@0.2.28 playwright-core@1.65.1 >/dev/null)
cp "$here/drive.js" "$here/localized.js" "$work/"

echo "== starting SalesBot on http://127.0.0.1:$port"
(cd "$work" && exec dotnet host/SalesBot.Host.dll --urls "http://127.0.0.1:$port" \
  --ConnectionStrings:SalesBot="Data Source=$work/playground.db" --Nudges:Enabled=false >"$work/host.log" 2>&1) &
pids+=($!)
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 1; done

echo "== starting the Playground (loopback only)${locale:+, locale $locale}"
lang="${locale:+${locale/-/_}.UTF-8}"
(cd "$work" && LANG="${lang:-${LANG:-C.UTF-8}}" LC_ALL="${lang:-${LC_ALL:-}}" \
  APPLICATION_INSIGHTS_NO_STATSBEAT=1 NODE_OPTIONS="--require $guard" exec node_modules/.bin/agentsplayground \
  -e "http://127.0.0.1:$port/api/messages" -c msteams --conversation-id "playground-$(date +%s)" >"$work/playground.log" 2>&1) &
pids+=($!)
playground=""
for _ in $(seq 60); do
  playground="$(grep -o 'Listening on [0-9]*' "$work/playground.log" | grep -o '[0-9]*$' || true)"
  [[ -n "$playground" ]] && break
  sleep 1
done
[[ -n "$playground" ]] || { echo "The Playground did not start:"; cat "$work/playground.log"; exit 1; }
echo "   Playground on http://127.0.0.1:$playground"

echo "== driving the Playground's page"
status=0
(cd "$work" && LOCALE="$locale" SCREENSHOT="${SCREENSHOT:-$here/playground${locale:+-$locale}.png}" node drive.js "http://127.0.0.1:$playground/") || status=$?
if grep -q '\[loopback-only\] blocked' "$work/playground.log"; then
  echo "(the guard blocked these outgoing connections of the Playground:)"
  grep '\[loopback-only\] blocked' "$work/playground.log" | sort | uniq -c
fi
exit $status
