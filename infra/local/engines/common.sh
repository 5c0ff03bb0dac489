# shellcheck shell=bash
# Helpers every engine uses: messages, ports, pid files, daemons, logs, apt and Maven.
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

# ---- small helpers -----------------------------------------------------------------------------
say() { printf '%s: %s\n' "$1" "$2"; }
die() {
  printf 'engines.sh: %s\n' "$*" >&2
  exit 1
}
usage() {
  sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}
now() { printf '%s' "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }
is_root() { [[ $(id -u) -eq 0 ]]; }
hash_of() { cat "$@" | sha256sum | cut -c1-16; }

# True when something accepts TCP connections on host:port.
# shellcheck disable=SC2016 # $0/$1 expand in the inner bash
port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }

# True when some process listens on the port, on any address.
port_in_use() {
  if command -v ss >/dev/null 2>&1; then
    [[ -n $(ss -Hltn "sport = :$1" 2>/dev/null) ]]
  else
    port_open "$HOST" "$1"
  fi
}

# HTTP GET; true on status 200. No curl needed.
# shellcheck disable=SC2016 # $0.. expand in the inner bash
http_ok() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\nConnection: close\r\n\r\n" "$2" "$0" "$1" >&3
    IFS= read -r line <&3 && [[ $line == *" 200 "* ]]' "$1" "$2" "$3" 2>/dev/null
}

# Seconds left before the shared deadline of `wait`/`start`.
left() { echo $((DEADLINE - SECONDS)); }

pidfile() { printf '%s/run/%s.pid' "$ENGINES" "$1"; }

# A string that the command line of our own process of this engine contains (guards against
# a pid file whose pid has been reused by something else).
proc_signature() {
  case $1 in
    postgres) printf -- '-D %s' "$ENGINES/data/postgres" ;;
    kafka) printf '%s' "$ENGINES/kafka/config/server.properties" ;;
    ferretdb) printf '%s' "$ENGINES/bin/ferretdb" ;;
    temporal) printf '%s' "$ENGINES/data/temporal/temporal.db" ;;
    keycloak) printf '%s' "$KEYCLOAK_DIST/bin/kc.sh start" ;;
  esac
}

proc_alive() {
  local pid=$1 state
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/stat ]] || return 1
  state=$(sed 's/^.*) //' "/proc/$pid/stat" | cut -d' ' -f1)
  [[ $state != Z && $state != X ]]
}

# Prints the pid of our running process of the engine; false if none.
engine_pid() {
  local engine=$1 f pid
  if [[ $engine == postgres ]]; then
    f=$ENGINES/data/postgres/postmaster.pid
  else
    f=$(pidfile "$engine")
  fi
  [[ -s $f ]] || return 1
  pid=$(head -n1 "$f" 2>/dev/null) || return 1
  proc_alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(proc_signature "$engine")" || return 1
  printf '%s' "$pid"
}

engine_port() {
  case $1 in
    postgres) echo "$PG_PORT" ;;
    kafka) echo "$KAFKA_PORT" ;;
    ferretdb) echo "$FERRETDB_PORT" ;;
    temporal) echo "$TEMPORAL_PORT" ;;
    keycloak) echo "$KEYCLOAK_PORT" ;;
  esac
}

engine_address() {
  case $1 in
    postgres) echo "$HOST:$PG_PORT postgres://athar_app:athar_app@$HOST:$PG_PORT/athar (owner athar_owner, superuser $PG_USER)" ;;
    kafka) echo "$HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT)" ;;
    ferretdb) echo "$HOST:$FERRETDB_PORT mongodb://$HOST:$FERRETDB_PORT/ (debug http://$HOST:$FERRETDB_DEBUG_PORT/debug)" ;;
    temporal) echo "$HOST:$TEMPORAL_PORT (ui http://$HOST:$TEMPORAL_UI_PORT, http $HOST:$TEMPORAL_HTTP_PORT, metrics $HOST:$TEMPORAL_METRICS_PORT)" ;;
    keycloak) echo "$HOST:$KEYCLOAK_PORT http://$HOST:$KEYCLOAK_PORT/admin (admin/admin; management http://$HOST:$KEYCLOAK_MANAGEMENT_PORT/health)" ;;
    temporal-test-server) echo "$ENGINES/bin/temporal-test-server <port>" ;;
  esac
}

# Keeps a log from growing without bound across restarts.
rotate_log() {
  local log=$1
  if [[ -f $log ]] && (($(stat -c %s "$log") > 20 * 1024 * 1024)); then
    mv -f "$log" "$log.1"
  fi
}

# Starts "$@" as a daemon in its own session, stdout/stderr to logs/<engine>.log, pid in run/<engine>.pid.
launch() {
  local engine=$1 pidf log i
  shift
  pidf=$(pidfile "$engine")
  log=$ENGINES/logs/$engine.log
  rotate_log "$log"
  rm -f "$pidf"
  printf '\n==== %s: starting %s\n' "$(date -u +%FT%TZ)" "$engine" >>"$log"
  # setsid: own session, no controlling terminal, survives the calling shell. The inner bash writes
  # its pid (= the daemon's pid after exec). 9>&- keeps the daemon from holding our lock file.
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner bash
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@" </dev/null >>"$log" 2>&1 9>&- &
  for i in $(seq 1 50); do
    [[ -s $pidf ]] && break
    sleep 0.1
  done
  [[ -s $pidf ]] || die "$engine: did not start (no pid file); see $log"
}

# SIGTERM, wait up to $2 seconds, then SIGKILL. Only for pids that engine_pid vouched for.
terminate() {
  local engine=$1 pid=$2 grace=$3 i
  kill -TERM "$pid" 2>/dev/null || return 0
  for ((i = 0; i < grace * 5; i++)); do
    proc_alive "$pid" || return 0
    sleep 0.2
  done
  say "$engine" "still running after ${grace}s, sending SIGKILL to $pid"
  kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 25; i++)); do
    proc_alive "$pid" || return 0
    sleep 0.2
  done
  say "$engine" "WARNING: pid $pid survived SIGKILL" >&2
}

# Fails with a clear message when a port we need is taken by a process that is not ours.
require_free_port() {
  local engine=$1 port=$2
  if port_in_use "$port"; then
    die "$engine: port $port is already in use by another process (not started by this script):
$(ss -Hltnp "sport = :$port" 2>/dev/null || true)
stop that process, or if it is an engine started from another ATHAR_ENGINES_DIR, stop it there."
  fi
}

tail_log() {
  local log=$ENGINES/logs/$1.log
  [[ -f $log ]] || return 0
  echo "---- last lines of $log" >&2
  tail -n "${2:-25}" "$log" >&2
  echo "----" >&2
}

need_java() {
  if ! command -v java >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1; then
    is_root || die "Java 17 (JDK) and Maven are required: apt-get install -y openjdk-17-jdk-headless maven"
    say java "installing openjdk-17-jdk-headless and maven from Debian"
    apt_install openjdk-17-jdk-headless maven
  fi
}

need_go() {
  command -v go >/dev/null 2>&1 || die "Go (>= 1.25) is required to build FerretDB and the Temporal CLI; put it on PATH"
}

APT_UPDATED=0
apt_install() {
  local log=$ENGINES/logs/install-apt.log rc=0 policy=/usr/sbin/policy-rc.d made_policy=0
  if ((APT_UPDATED == 0)); then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$log" 2>&1 || {
      tail -n 20 "$log" >&2
      die "apt-get update failed (log: $log)"
    }
    APT_UPDATED=1
  fi
  # Keep maintainer scripts from starting services (e.g. Debian's own cluster on port 5432):
  # we run our own instances. Only when no policy is in place already.
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 0755 "$policy" && made_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$log" 2>&1 || rc=$?
  ((made_policy)) && rm -f "$policy"
  if ((rc != 0)); then
    tail -n 20 "$log" >&2
    die "apt-get install $* failed (log: $log)"
  fi
}

mvn_copy_deps() { # pom, output dir
  mvn -B -q -Dstyle.color=never -f "$1" dependency:copy-dependencies \
    -DoutputDirectory="$2" -DincludeScope=runtime -Dmdep.prependGroupId=false
}

maven_libs_current() { # pom, dir: true when dir holds the pom's classpath (stamp = hash of the pom)
  [[ -f $2/.athar-stamp && $(cat "$2/.athar-stamp") == "$(hash_of "$1")" ]]
}

# Copies a pom's runtime classpath into <dir> unless <dir> already holds it.
maven_libs() { # engine, pom, dir
  local engine=$1 pom=$2 dir=$3 want tmp t0 log
  maven_libs_current "$pom" "$dir" && return 0
  want=$(hash_of "$pom")
  need_java
  say "$engine" "downloading jars from Maven Central into ${dir#"$ENGINES"/}"
  t0=$(now)
  tmp=$dir.tmp.$$
  log=$ENGINES/logs/install-$engine-maven.log
  rm -rf "$tmp"
  mvn_copy_deps "$pom" "$tmp" >"$log" 2>&1 || {
    rm -rf "$tmp"
    cat "$log" >&2
    die "$engine: mvn dependency:copy-dependencies failed for $pom (log: $log)"
  }
  echo "$want" >"$tmp/.athar-stamp"
  rm -rf "$dir"
  mv "$tmp" "$dir"
  say "$engine" "$(find "$dir" -name '*.jar' | wc -l) jars downloaded in $(since "$t0")"
}

