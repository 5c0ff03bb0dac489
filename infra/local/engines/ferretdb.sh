# shellcheck shell=bash
# FerretDB built from the Go module proxy: install, start, stop, ready.
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

# ==== FerretDB ==================================================================================
FERRETDB_BIN=$ENGINES/bin/ferretdb
FERRETDB_SRC=$ENGINES/src/ferretdb-$FERRETDB_VERSION

ferretdb_installed() {
  [[ -x $FERRETDB_BIN ]] && [[ $("$FERRETDB_BIN" --version 2>/dev/null | sed -n 's/^version: //p') == "$FERRETDB_VERSION" ]]
}

install_ferretdb() {
  ferretdb_installed && return 0
  need_go
  local t0 dir log
  t0=$(now)
  # `go install ...@version` cannot be used: the module proxy refuses its deprecation lookup, and
  # the module zip lacks build/version/version.txt (the binary panics at start without it).
  say ferretdb "downloading module github.com/FerretDB/FerretDB@$FERRETDB_VERSION"
  log=$ENGINES/logs/install-ferretdb-go.log
  dir=$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" 2>"$log" |
    sed -n 's/^[[:space:]]*"Dir": "\(.*\)",*$/\1/p') || true
  [[ -n $dir && -d $dir ]] || {
    cat "$log" >&2
    die "ferretdb: go mod download gave no module directory"
  }
  rm -rf "$FERRETDB_SRC"
  mkdir -p "$ENGINES/src" "$ENGINES/bin"
  cp -R "$dir" "$FERRETDB_SRC"
  chmod -R u+w "$FERRETDB_SRC"
  echo "$FERRETDB_VERSION" >"$FERRETDB_SRC/build/version/version.txt"
  say ferretdb "building $FERRETDB_VERSION (go build; minutes on a cold Go cache)"
  (cd "$FERRETDB_SRC" && GOFLAGS=-buildvcs=false go build -trimpath -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb) >>"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "ferretdb: go build failed (log: $log)"
  }
  mv -f "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  ferretdb_installed || die "ferretdb: built binary does not report version $FERRETDB_VERSION"
  say ferretdb "go build done in $(since "$t0")"
}

start_ferretdb() {
  local pid
  if pid=$(engine_pid ferretdb); then
    say ferretdb "already running (pid $pid)"
    return 0
  fi
  install_ferretdb
  mkdir -p "$ENGINES/data/ferretdb"
  require_free_port ferretdb "$FERRETDB_PORT"
  require_free_port ferretdb "$FERRETDB_DEBUG_PORT"
  launch ferretdb "$FERRETDB_BIN" --handler=postgresql \
    --postgresql-url="postgres://$PG_USER:$PG_PASSWORD@$HOST:$PG_PORT/ferretdb" \
    --listen-addr="$HOST:$FERRETDB_PORT" --debug-addr="$HOST:$FERRETDB_DEBUG_PORT" \
    --telemetry=disable --state-dir="$ENGINES/data/ferretdb" --log-format=json --log-level=WARN
  say ferretdb "launched pid $(cat "$(pidfile ferretdb)")"
}

stop_ferretdb() { stop_daemon ferretdb 20; }

# MongoDB wire port open and /debug/readyz (which pings PostgreSQL) answers 200.
ready_ferretdb() {
  port_open "$HOST" "$FERRETDB_PORT" && http_ok "$HOST" "$FERRETDB_DEBUG_PORT" /debug/readyz
}

installed_ferretdb() { ferretdb_installed; }
