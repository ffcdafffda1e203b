#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests: initdb under a new temp folder, listening only on 127.0.0.1 on a
# free port, no passwords (trust on loopback), no fsync (its data is thrown away). Prints the shell lines that export
# SALESBOT_TEST_POSTGRES (the connection string the tests read) and SALESBOT_TEST_POSTGRES_DIR (the cluster's folder).
#
#   eval "$(tests/postgres/start-local.sh)"
#   dotnet test SalesBot.sln
#   tests/postgres/stop-local.sh            # stops the cluster and deletes its folder
#
# Needs the PostgreSQL server binaries (Debian: apt-get install postgresql); PG_BIN overrides where they are.
# As root, the cluster runs as the 'postgres' user (PostgreSQL refuses to run as root).
set -euo pipefail

bin="${PG_BIN:-}"
if [ -z "$bin" ]; then
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "PostgreSQL server binaries not found (looked in /usr/lib/postgresql/*/bin; set PG_BIN). On Debian: apt-get install postgresql" >&2
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/salesbot-pg-XXXXXX")
as=()
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown postgres "$dir"
  as=(runuser -u postgres --)
fi

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null \
  || shuf -i 20000-60000 -n 1)

"${as[@]}" "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  >/dev/null || { cat "$dir/server.log" >&2; exit 1; }

echo "export SALESBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
echo "export SALESBOT_TEST_POSTGRES_DIR='$dir'"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
