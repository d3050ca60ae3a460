#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests (initdb + pg_ctl as the postgres user,
# under a temporary directory, on 127.0.0.1) and prints its URL. Stop it with:
#   su postgres -s /bin/sh -c "pg_ctl -D DIR/data stop"   (DIR is printed on stderr)
set -euo pipefail
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$BIN" ] || { echo "no PostgreSQL server: apt-get install -y postgresql" >&2; exit 1; }
PORT=${MAMORU_TEST_PG_PORT:-54329}
DIR=$(mktemp -d /tmp/mamoru-pg.XXXXXX)
chown postgres "$DIR"
as_pg() { su postgres -s /bin/sh -c "$1"; }
as_pg "$BIN/initdb -D $DIR/data -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync" > "$DIR/initdb.log"
as_pg "$BIN/pg_ctl -D $DIR/data -l $DIR/server.log -w -o \"-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DIR -c fsync=off -c max_connections=200\" start" > /dev/null
echo "PostgreSQL in $DIR on 127.0.0.1:$PORT" >&2
echo "postgres://postgres@127.0.0.1:$PORT/postgres"
