#!/usr/bin/env bash
# Stops the cluster tests/postgres/start-local.sh started (SALESBOT_TEST_POSTGRES_DIR or the folder given) and deletes it.
set -euo pipefail
dir="${1:-${SALESBOT_TEST_POSTGRES_DIR:-}}"
if [ -z "$dir" ] || [ ! -d "$dir/data" ]; then
  echo "usage: tests/postgres/stop-local.sh [cluster folder]   (or set SALESBOT_TEST_POSTGRES_DIR)" >&2
  exit 1
fi
bin="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
as=()
if [ "$(id -u)" -eq 0 ]; then
  as=(runuser -u postgres --)
fi
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
