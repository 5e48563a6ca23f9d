#!/bin/sh
# Runs a command beside a private, throwaway PostgreSQL server on 127.0.0.1
# and a free port, with LINKDECK_TEST_POSTGRES set to its URL. The server
# and its data end with the command. As root, the server runs as the
# "postgres" user (PostgreSQL refuses to run as root).
set -eu
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
    echo "with-postgres: PostgreSQL is not installed (apt-get install postgresql)" >&2
    exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/linkdeck-pg.XXXXXX")
chmod 755 "$dir"
as_server() { "$@"; }
if [ "$(id -u)" = 0 ]; then
    chown postgres "$dir"
    as_server() { runuser -u postgres -- "$@"; }
fi
port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
cleanup() {
    as_server "$bindir/pg_ctl" -D "$dir/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$dir"
}
trap cleanup EXIT
as_server "$bindir/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 > "$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
as_server "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" start > /dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
export LINKDECK_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$port/postgres"
status=0
"$@" || status=$?
exit $status
