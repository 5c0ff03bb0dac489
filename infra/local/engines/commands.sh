# shellcheck shell=bash
# The commands (install, start, stop, restart, status, wait, env) over the engines named.
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

# ==== commands ==================================================================================
ENGINE_LIST=()
resolve_engines() {
  local e known
  ENGINE_LIST=()
  if (($# == 0)); then
    ENGINE_LIST=("${ALL_ENGINES[@]}")
    return 0
  fi
  for e in "$@"; do
    known=0
    for k in "${ALL_ENGINES[@]}"; do [[ $e == "$k" ]] && known=1; done
    ((known)) || die "unknown engine '$e' (engines: ${ALL_ENGINES[*]})"
  done
  # keep the canonical order, drop duplicates
  for k in "${ALL_ENGINES[@]}"; do
    for e in "$@"; do
      if [[ $e == "$k" ]]; then
        ENGINE_LIST+=("$k")
        break
      fi
    done
  done
}

wanted() {
  local e
  for e in "${ENGINE_LIST[@]}"; do [[ $e == "$1" ]] && return 0; done
  return 1
}

LOCK_HELD=0
lock() {
  mkdir -p "$ENGINES/run"
  exec 9>>"$ENGINES/run/engines.lock"
  if ! flock -n 9; then
    echo "engines.sh: waiting for another engines.sh run in $ENGINES to finish" >&2
    flock -w 1800 9 || die "gave up waiting for the lock $ENGINES/run/engines.lock"
  fi
  LOCK_HELD=1
}

# True while another engines.sh holds the lock (an install/start/stop is under way).
lock_busy() {
  ((LOCK_HELD == 0)) || return 1
  [[ -e $ENGINES/run/engines.lock ]] || return 1
  ! flock -n "$ENGINES/run/engines.lock" true
}


installed_version() {
  case $1 in
    postgres) "$(pg_bindir)/postgres" --version ;;
    kafka) echo "Kafka $KAFKA_VERSION ($KAFKA_LIBS)" ;;
    ferretdb) echo "FerretDB $FERRETDB_VERSION ($FERRETDB_BIN)" ;;
    temporal) echo "Temporal CLI $TEMPORAL_CLI_VERSION ($TEMPORAL_BIN)" ;;
    keycloak) echo "Keycloak $KEYCLOAK_VERSION ($KEYCLOAK_DIST)" ;;
    temporal-test-server) echo "temporal-test-server $TEMPORAL_TEST_SERVER_VERSION ($TTS_LAUNCHER)" ;;
  esac
}

cmd_install() {
  local e t0
  for e in "${ENGINE_LIST[@]}"; do
    if "installed_$e"; then
      say "$e" "up to date: $(installed_version "$e")"
      continue
    fi
    t0=$(now)
    "install_$e"
    say "$e" "installed $(installed_version "$e") in $(since "$t0")"
  done
}

# Waits (shared deadline) until each requested daemon answers; prints its log tail on failure.
cmd_wait() {
  local e pid failed=0 t0
  DEADLINE=$((SECONDS + WAIT_TIMEOUT))
  for e in "${DAEMONS[@]}"; do
    wanted "$e" || continue
    t0=$(now)
    while :; do
      if ! pid=$(engine_pid "$e"); then
        if lock_busy && ((SECONDS < DEADLINE)); then # another run may be installing/starting it
          sleep 1
          continue
        fi
        say "$e" "NOT RUNNING (no live process; start it with: infra/local/engines.sh start $e)" >&2
        tail_log "$e" 15
        failed=1
        break
      fi
      if "ready_$e"; then
        say "$e" "ready on $(engine_address "$e" | cut -d' ' -f1) (pid $pid, waited $(since "$t0"))"
        break
      fi
      if ((SECONDS >= DEADLINE)); then
        say "$e" "NOT READY after ${WAIT_TIMEOUT}s (pid $pid); see $ENGINES/logs/$e.log" >&2
        tail_log "$e" 25
        failed=1
        break
      fi
      sleep 1
    done
  done
  if wanted temporal-test-server; then
    if tts_installed; then
      say temporal-test-server "installed ($TTS_LAUNCHER)"
    else
      say temporal-test-server "NOT INSTALLED (infra/local/engines.sh install temporal-test-server)" >&2
      failed=1
    fi
  fi
  return "$failed"
}

cmd_start() {
  local e
  # FerretDB keeps its data in PostgreSQL
  if wanted ferretdb && ! wanted postgres; then
    ENGINE_LIST=(postgres "${ENGINE_LIST[@]}")
  fi
  cmd_install
  mkdir -p "$ENGINES/data" "$ENGINES/logs" "$ENGINES/run"
  DEADLINE=$((SECONDS + WAIT_TIMEOUT))
  for e in "${DAEMONS[@]}"; do
    wanted "$e" || continue
    "start_$e"
  done
  cmd_wait
}

cmd_stop() {
  local i e
  for ((i = ${#DAEMONS[@]} - 1; i >= 0; i--)); do
    e=${DAEMONS[i]}
    wanted "$e" || continue
    "stop_$e"
  done
}

cmd_status() {
  local e pid state note down=0
  for e in "${ENGINE_LIST[@]}"; do
    note=""
    if [[ $e == temporal-test-server ]]; then
      if tts_installed; then state=installed; else state=missing down=1; fi
      printf '%-21s %-9s %-7s %s\n' "$e" "$state" "-" "$(engine_address "$e")"
      continue
    fi
    if pid=$(engine_pid "$e"); then
      if port_open "$HOST" "$(engine_port "$e")"; then
        state=running
      else
        state=starting down=1 note=" [port not open yet]"
      fi
    else
      pid=- state=stopped down=1
      if port_in_use "$(engine_port "$e")"; then note=" [port $(engine_port "$e") is taken by a process this script did not start]"; fi
    fi
    printf '%-21s %-9s %-7s %s%s\n' "$e" "$state" "$pid" "$(engine_address "$e")" "$note"
  done
  return "$down"
}

cmd_env() {
  cat <<EOF
ATHAR_ENGINES_DIR=$ENGINES
ATHAR_PG_URL=postgres://athar_app:athar_app@$HOST:$PG_PORT/athar
ATHAR_PG_MIGRATION_URL=postgres://athar_owner:athar_owner@$HOST:$PG_PORT/athar
KAFKA_BROKERS=$HOST:$KAFKA_PORT
ATHAR_MONGO_URL=mongodb://$HOST:$FERRETDB_PORT
TEMPORAL_ADDRESS=$HOST:$TEMPORAL_PORT
TEMPORAL_NAMESPACE=default
ATHAR_TEMPORAL_TEST_SERVER=$TTS_LAUNCHER
ATHAR_KEYCLOAK_URL=http://$HOST:$KEYCLOAK_PORT
ATHAR_KEYCLOAK_ADMIN_USER=$KEYCLOAK_ADMIN_USER
ATHAR_KEYCLOAK_ADMIN_PASSWORD=$KEYCLOAK_ADMIN_PASSWORD
EOF
}

main() {
  (($# >= 1)) || usage
  local cmd=$1
  shift
  case $cmd in -h | --help | help) usage 0 ;; esac
  resolve_engines "$@"
  mkdir -p "$ENGINES/bin" "$ENGINES/data" "$ENGINES/logs" "$ENGINES/run" "$ENGINES/src"
  case $cmd in
    install) lock && cmd_install ;;
    start) lock && cmd_start ;;
    stop) lock && cmd_stop ;;
    restart) lock && cmd_stop && cmd_start ;;
    status) cmd_status ;;
    wait) cmd_wait ;;
    env) cmd_env ;;
    *) usage ;;
  esac
}

