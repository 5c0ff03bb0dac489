# shellcheck shell=bash
# The Temporal dev server (Temporal CLI, built from the Go module proxy): install, start, stop, ready.
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

# ==== Temporal dev server (Temporal CLI) ========================================================
TEMPORAL_BIN=$ENGINES/bin/temporal
TEMPORAL_STAMP=$ENGINES/bin/.temporal.version

temporal_installed() {
  [[ -x $TEMPORAL_BIN ]] || return 1
  [[ -f $TEMPORAL_STAMP && $(cat "$TEMPORAL_STAMP") == "$TEMPORAL_CLI_VERSION" ]] && return 0
  # A binary made by `go install` records its module version; adopt it if it is the right one.
  if command -v go >/dev/null 2>&1 &&
    go version -m "$TEMPORAL_BIN" 2>/dev/null | grep -Eq "^[[:space:]]+mod[[:space:]]+github.com/temporalio/cli[[:space:]]+$TEMPORAL_CLI_VERSION([[:space:]]|$)"; then
    echo "$TEMPORAL_CLI_VERSION" >"$TEMPORAL_STAMP"
    return 0
  fi
  return 1
}

install_temporal() {
  temporal_installed && return 0
  need_go
  local t0 log
  t0=$(now)
  say temporal "building Temporal CLI $TEMPORAL_CLI_VERSION (go install; ~5 min on a cold Go cache)"
  mkdir -p "$ENGINES/bin"
  rm -f "$TEMPORAL_STAMP"
  log=$ENGINES/logs/install-temporal-go.log
  GOBIN=$ENGINES/bin GOFLAGS=-buildvcs=false go install \
    -ldflags "-X github.com/temporalio/cli/temporalcli.Version=${TEMPORAL_CLI_VERSION#v}" \
    "github.com/temporalio/cli/cmd/temporal@$TEMPORAL_CLI_VERSION" >"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "temporal: go install failed (log: $log)"
  }
  echo "$TEMPORAL_CLI_VERSION" >"$TEMPORAL_STAMP"
  say temporal "go install done in $(since "$t0"): $("$TEMPORAL_BIN" --version)"
}

start_temporal() {
  local pid sa args=()
  if pid=$(engine_pid temporal); then
    say temporal "already running (pid $pid)"
    return 0
  fi
  install_temporal
  mkdir -p "$ENGINES/data/temporal"
  for p in "$TEMPORAL_PORT" "$TEMPORAL_UI_PORT" "$TEMPORAL_HTTP_PORT" "$TEMPORAL_METRICS_PORT"; do
    require_free_port temporal "$p"
  done
  for sa in "${TEMPORAL_SEARCH_ATTRIBUTES[@]}"; do args+=(--search-attribute "$sa"); done
  launch temporal "$TEMPORAL_BIN" server start-dev \
    --ip "$HOST" --port "$TEMPORAL_PORT" --ui-ip "$HOST" --ui-port "$TEMPORAL_UI_PORT" \
    --http-port "$TEMPORAL_HTTP_PORT" --metrics-port "$TEMPORAL_METRICS_PORT" \
    --db-filename "$ENGINES/data/temporal/temporal.db" --namespace default \
    --log-level warn --log-format text --color never "${args[@]}"
  say temporal "launched pid $(cat "$(pidfile temporal)")"
}

stop_temporal() { stop_daemon temporal 30; }

# Frontend SERVING, namespace "default" registered, web UI answering.
ready_temporal() {
  port_open "$HOST" "$TEMPORAL_PORT" || return 1
  timeout 10 "$TEMPORAL_BIN" operator cluster health --address "$HOST:$TEMPORAL_PORT" 2>/dev/null | grep -q SERVING || return 1
  timeout 10 "$TEMPORAL_BIN" operator namespace describe --namespace default --address "$HOST:$TEMPORAL_PORT" >/dev/null 2>&1 || return 1
  port_open "$HOST" "$TEMPORAL_UI_PORT"
}

installed_temporal() { temporal_installed; }
