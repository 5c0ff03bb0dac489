#!/usr/bin/env bash
# Athar's engines without Docker: PostgreSQL, Kafka (KRaft), FerretDB, Temporal dev server, and the
# Temporal time-skipping test server, installed from package registries only (Debian apt, Maven
# Central, the Go module proxy) and run as plain processes bound to 127.0.0.1.
#
#   infra/local/engines.sh <install|start|stop|status|wait|restart|env> [engine ...]
#
# engines: postgres kafka ferretdb temporal temporal-test-server (none given = all of them).
# temporal-test-server is install-only: a launcher that @temporalio/testing starts per test.
# Everything lives under $ATHAR_ENGINES_DIR (default <repo>/.engines). See infra/local/README.md.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
ENGINES=${ATHAR_ENGINES_DIR:-$REPO_ROOT/.engines}
mkdir -p "$ENGINES"
ENGINES=$(cd "$ENGINES" && pwd) # absolute: it ends up in config files and process command lines
WAIT_TIMEOUT=${ATHAR_ENGINES_WAIT_TIMEOUT:-120}

# ---- versions (the Maven ones must match the pom.xml files next to this script) ---------------
KAFKA_VERSION=3.9.1
FERRETDB_VERSION=v1.24.2
TEMPORAL_CLI_VERSION=v1.5.1
TEMPORAL_TEST_SERVER_VERSION=1.38.0

# ---- fixed addresses ---------------------------------------------------------------------------
HOST=127.0.0.1
PG_PORT=15432
PG_USER=athar
PG_PASSWORD=athar
PG_DATABASES=(athar ferretdb)
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_CLUSTER_ID=QXRoYXJMb2NhbEthZmthMQ # base64url("AtharLocalKafka1"): fixed, so the data dir is reusable
FERRETDB_PORT=27017
FERRETDB_DEBUG_PORT=27018
TEMPORAL_PORT=7233
TEMPORAL_UI_PORT=8233
TEMPORAL_HTTP_PORT=7243
TEMPORAL_METRICS_PORT=7235
TEMPORAL_SEARCH_ATTRIBUTES=(TenantId=Keyword CaseId=Keyword Stage=Keyword Deadline=Datetime)

ALL_ENGINES=(postgres kafka ferretdb temporal temporal-test-server)
DAEMONS=(postgres ferretdb kafka temporal) # start order; stop runs it backwards

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
  esac
}

engine_address() {
  case $1 in
    postgres) echo "$HOST:$PG_PORT postgres://athar_app:athar_app@$HOST:$PG_PORT/athar (owner athar_owner, superuser $PG_USER)" ;;
    kafka) echo "$HOST:$KAFKA_PORT (controller $HOST:$KAFKA_CONTROLLER_PORT)" ;;
    ferretdb) echo "$HOST:$FERRETDB_PORT mongodb://$HOST:$FERRETDB_PORT/ (debug http://$HOST:$FERRETDB_DEBUG_PORT/debug)" ;;
    temporal) echo "$HOST:$TEMPORAL_PORT (ui http://$HOST:$TEMPORAL_UI_PORT, http $HOST:$TEMPORAL_HTTP_PORT, metrics $HOST:$TEMPORAL_METRICS_PORT)" ;;
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

# ==== PostgreSQL ================================================================================
PGDATA=$ENGINES/data/postgres
PG_SOCKET_DIR=$ENGINES/run/postgres

# bin dir of the PostgreSQL major version the data dir was made with, or the newest installed.
pg_bindir() {
  local want="" d
  [[ -f $PGDATA/PG_VERSION ]] && want=$(cat "$PGDATA/PG_VERSION")
  if [[ -n $want ]]; then
    d=/usr/lib/postgresql/$want/bin
    [[ -x $d/postgres && -x $d/pg_ctl ]] && echo "$d" && return 0
    return 1
  fi
  for d in $(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V -r); do
    [[ -x $d/postgres && -x $d/initdb && -x $d/pg_ctl ]] && echo "$d" && return 0
  done
  return 1
}

# Runs a command as the postgres OS user when we are root (PostgreSQL refuses to run as root).
as_pg() {
  if is_root; then
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

# The postgres user must be able to reach the data, socket and log folders.
pg_fix_permissions() {
  is_root || return 0
  local d
  mkdir -p "$PG_SOCKET_DIR"
  touch "$ENGINES/logs/postgres.log"
  chown postgres:postgres "$PG_SOCKET_DIR" "$ENGINES/logs/postgres.log"
  chmod 0770 "$PG_SOCKET_DIR"
  [[ -d $PGDATA ]] && chown -R postgres:postgres "$PGDATA"
  for d in "$ENGINES/data" "$ENGINES/run" "$ENGINES/logs"; do
    while [[ $d != / ]]; do
      if ! runuser -u postgres -- test -x "$d"; then
        say postgres "making $d traversable (o+x) for the postgres user"
        chmod o+x "$d"
      fi
      d=$(dirname "$d")
    done
  done
}

install_postgres() {
  local t0
  if pg_bindir >/dev/null; then
    return 0
  fi
  is_root || die "postgres: no PostgreSQL server in /usr/lib/postgresql/*/bin; run as root or: sudo apt-get install -y postgresql"
  t0=$(now)
  if [[ -f $PGDATA/PG_VERSION ]]; then
    say postgres "installing postgresql-$(cat "$PGDATA/PG_VERSION") from Debian (the data dir was made with it)"
    apt_install "postgresql-$(cat "$PGDATA/PG_VERSION")"
  else
    say postgres "installing postgresql from Debian"
    apt_install postgresql
  fi
  pg_bindir >/dev/null || die "postgres: apt-get installed no server binary in /usr/lib/postgresql/*/bin"
  say postgres "apt-get install done in $(since "$t0")"
}

pg_initdb() {
  local bindir=$1 tmp pwfile t0
  [[ -f $PGDATA/PG_VERSION ]] && return 0
  t0=$(now)
  say postgres "initdb $PGDATA (superuser $PG_USER)"
  tmp=$ENGINES/data/postgres.init.$$
  rm -rf "$tmp"
  mkdir -p "$tmp"
  pwfile=$ENGINES/run/postgres.pw.$$
  printf '%s\n' "$PG_PASSWORD" >"$pwfile"
  chmod 0600 "$pwfile"
  if is_root; then chown postgres:postgres "$tmp" "$pwfile"; fi
  chmod 0700 "$tmp"
  if ! as_pg "$bindir/initdb" -D "$tmp" -U "$PG_USER" --pwfile="$pwfile" -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 >"$ENGINES/logs/postgres-initdb.log" 2>&1; then
    rm -rf "$pwfile" "$tmp"
    cat "$ENGINES/logs/postgres-initdb.log" >&2
    die "postgres: initdb failed"
  fi
  rm -f "$pwfile"
  printf "\n# Athar: local settings (rendered from infra/local/postgres/postgresql.conf)\ninclude_if_exists = 'athar.conf'\n" >>"$tmp/postgresql.conf"
  mv "$tmp" "$PGDATA"
  say postgres "initdb done ($(since "$t0"))"
}

pg_render_conf() {
  sed "s|@SOCKET_DIR@|$PG_SOCKET_DIR|g" "$SCRIPT_DIR/postgres/postgresql.conf" >"$PGDATA/athar.conf"
  is_root && chown postgres:postgres "$PGDATA/athar.conf"
  return 0
}

pg_psql() { # database, sql
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 "$(pg_bindir)/psql" -X -q -t -A -v ON_ERROR_STOP=1 \
    -h "$HOST" -p "$PG_PORT" -U "$PG_USER" -d "$1" -c "$2"
}

pg_ensure_databases() {
  local db
  for db in "${PG_DATABASES[@]}"; do
    if [[ $(pg_psql postgres "SELECT 1 FROM pg_database WHERE datname = '$db'") != 1 ]]; then
      pg_psql postgres "CREATE DATABASE $db" && say postgres "created database $db"
    fi
  done
  pg_ensure_roles
}

# The schema owner and the services' role (docs/adr/0018); idempotent, so also for an existing data dir.
pg_ensure_roles() {
  PGPASSWORD=$PG_PASSWORD PGCONNECT_TIMEOUT=5 "$(pg_bindir)/psql" -X -q -t -A -v ON_ERROR_STOP=1 \
    -h "$HOST" -p "$PG_PORT" -U "$PG_USER" -d athar -f "$SCRIPT_DIR/postgres/roles.sql" >/dev/null ||
    die "postgres: creating the roles athar_owner and athar_app failed (infra/local/postgres/roles.sql)"
}

start_postgres() {
  local bindir pid t0
  if pid=$(engine_pid postgres); then
    say postgres "already running (pid $pid)"
    pg_ensure_databases
    return 0
  fi
  install_postgres
  bindir=$(pg_bindir)
  mkdir -p "$ENGINES/data"
  pg_fix_permissions
  pg_initdb "$bindir"
  pg_fix_permissions
  pg_render_conf
  require_free_port postgres "$PG_PORT"
  t0=$(now)
  rotate_log "$ENGINES/logs/postgres.log"
  pg_fix_permissions
  if ! as_pg "$bindir/pg_ctl" -D "$PGDATA" -l "$ENGINES/logs/postgres.log" -w -t 60 -s start 9>&-; then
    tail_log postgres
    die "postgres: pg_ctl start failed"
  fi
  pid=$(engine_pid postgres) || die "postgres: started but no postmaster.pid"
  echo "$pid" >"$(pidfile postgres)"
  pg_ensure_databases
  say postgres "started pid $pid on $HOST:$PG_PORT ($(since "$t0"))"
}

stop_postgres() {
  local pid
  if ! pid=$(engine_pid postgres); then
    rm -f "$(pidfile postgres)"
    say postgres "not running"
    return 0
  fi
  if ! as_pg "$(pg_bindir)/pg_ctl" -D "$PGDATA" -m fast -w -t 30 -s stop; then
    as_pg "$(pg_bindir)/pg_ctl" -D "$PGDATA" -m immediate -w -t 30 -s stop || true
  fi
  rm -f "$(pidfile postgres)"
  say postgres "stopped (pid $pid)"
}

ready_postgres() {
  local bindir
  bindir=$(pg_bindir) || return 1
  "$bindir/pg_isready" -q -h "$HOST" -p "$PG_PORT" -t 3 || return 1
  [[ $(pg_psql athar "SELECT 1" 2>/dev/null) == 1 ]] && [[ $(pg_psql ferretdb "SELECT 1" 2>/dev/null) == 1 ]]
}

# ==== Kafka =====================================================================================
KAFKA_HOME=$ENGINES/kafka
KAFKA_LIBS=$KAFKA_HOME/libs
KAFKA_CONFIG=$KAFKA_HOME/config/server.properties

install_kafka() {
  maven_libs kafka "$SCRIPT_DIR/kafka/pom.xml" "$KAFKA_LIBS"
  [[ -f $KAFKA_LIBS/kafka_2.13-$KAFKA_VERSION.jar ]] || die "kafka: $KAFKA_LIBS lacks kafka_2.13-$KAFKA_VERSION.jar (pom and script disagree?)"
}

# JVM for Kafka's command-line tools (StorageTool, ClusterTool): small, quick to start, quiet.
KAFKA_TOOL_JAVA=(java -Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$SCRIPT_DIR/kafka/tools-log4j.properties" -cp "$KAFKA_LIBS/*")

kafka_render_conf() {
  mkdir -p "$KAFKA_HOME/config" "$ENGINES/data/kafka"
  sed "s|@DATA_DIR@|$ENGINES/data/kafka|g" "$SCRIPT_DIR/kafka/server.properties" >"$KAFKA_CONFIG"
}

kafka_format() {
  local t0
  [[ -f $ENGINES/data/kafka/meta.properties ]] && return 0
  t0=$(now)
  say kafka "formatting storage in ${ENGINES}/data/kafka (cluster id $KAFKA_CLUSTER_ID)"
  "${KAFKA_TOOL_JAVA[@]}" kafka.tools.StorageTool format --cluster-id "$KAFKA_CLUSTER_ID" --config "$KAFKA_CONFIG" \
    --ignore-formatted >>"$ENGINES/logs/kafka.log" 2>&1 || {
    tail_log kafka
    die "kafka: storage format failed"
  }
  say kafka "storage formatted ($(since "$t0"))"
}

start_kafka() {
  local pid
  if pid=$(engine_pid kafka); then
    say kafka "already running (pid $pid)"
    return 0
  fi
  install_kafka
  kafka_render_conf
  kafka_format
  require_free_port kafka "$KAFKA_PORT"
  require_free_port kafka "$KAFKA_CONTROLLER_PORT"
  launch kafka java -Xms256m -Xmx768m -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$SCRIPT_DIR/log4j.properties" -Dkafka.logs.dir="$ENGINES/logs" \
    -cp "$KAFKA_LIBS/*" kafka.Kafka "$KAFKA_CONFIG"
  say kafka "launched pid $(cat "$(pidfile kafka)")"
}

# Stops a daemon this script started (its pid file), SIGTERM first, SIGKILL after `grace` seconds.
stop_daemon() {
  local engine="$1" grace="$2" pid
  if ! pid=$(engine_pid "$engine"); then
    rm -f "$(pidfile "$engine")"
    say "$engine" "not running"
    return 0
  fi
  terminate "$engine" "$pid" "$grace"
  rm -f "$(pidfile "$engine")"
  say "$engine" "stopped (pid $pid)"
}

stop_kafka() { stop_daemon kafka 60; }

# Broker answers a DescribeCluster request (through the admin client) with our cluster id.
ready_kafka() {
  port_open "$HOST" "$KAFKA_PORT" || return 1
  local t out
  t=$(left)
  ((t > 30)) && t=30
  ((t < 5)) && t=5
  out=$(timeout "$t" "${KAFKA_TOOL_JAVA[@]}" org.apache.kafka.tools.ClusterTool cluster-id \
    --bootstrap-server "$HOST:$KAFKA_PORT" 2>/dev/null) || return 1
  [[ $out == *"$KAFKA_CLUSTER_ID"* ]]
}

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

# ==== Temporal time-skipping test server (install only) =========================================
TTS_HOME=$ENGINES/temporal-test-server
TTS_LAUNCHER=$ENGINES/bin/temporal-test-server

TTS_LAUNCHER_REVISION=1 # bump when the launcher written below changes

tts_stamp() {
  {
    cat "$SCRIPT_DIR/temporal-test-server/pom.xml" "$SCRIPT_DIR/temporal-test-server/src/dev/athar/local/LoopbackTestServer.java"
    echo "$TTS_LAUNCHER_REVISION $TTS_JVM_FLAGS $TTS_HOME"
    java -version 2>&1 # the class-data-sharing archive belongs to one JVM build
  } | sha256sum | cut -c1-16
}

tts_installed() {
  [[ -x $TTS_LAUNCHER && -f $TTS_HOME/.athar-stamp && $(cat "$TTS_HOME/.athar-stamp") == "$(tts_stamp)" ]] &&
    [[ -f $TTS_HOME/libs/temporal-test-server-$TEMPORAL_TEST_SERVER_VERSION.jar && -f $TTS_HOME/athar-test-server.jar ]]
}

# JVM flags shared by the launcher and the class-data-sharing dump (CDS needs them to agree).
TTS_JVM_FLAGS='-Xms64m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true -Dorg.slf4j.simpleLogger.defaultLogLevel=warn'

# Dumps an AppCDS archive of the classes a started-and-called test server loads: it halves the
# JVM start (~0.9 s -> ~0.45 s), and sdk-core gives the server only 5 s to answer.
tts_dump_cds() {
  local port pid i cp="$TTS_HOME/athar-test-server.jar:$TTS_HOME/libs/*" jsa=$TTS_HOME/cds.jsa
  rm -f "$jsa"
  for port in $(seq 17290 17299); do port_in_use "$port" || break; done
  # shellcheck disable=SC2086
  java $TTS_JVM_FLAGS -XX:ArchiveClassesAtExit="$jsa" -cp "$cp" dev.athar.local.LoopbackTestServer "$port" \
    >"$ENGINES/logs/install-temporal-test-server-cds.log" 2>&1 9>&- &
  pid=$!
  for i in $(seq 1 100); do
    port_open "$HOST" "$port" && break
    sleep 0.1
  done
  if [[ -x $TEMPORAL_BIN ]]; then # one real gRPC round trip loads the request path too
    timeout 10 "$TEMPORAL_BIN" operator cluster health --address "$HOST:$port" >/dev/null 2>&1 || true
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if [[ -s $jsa ]]; then
    say temporal-test-server "class-data-sharing archive written ($(du -h "$jsa" | cut -f1))"
  else
    rm -f "$jsa"
    say temporal-test-server "no class-data-sharing archive (see logs/install-temporal-test-server-cds.log); the launcher works without it"
  fi
}

install_temporal-test-server() {
  tts_installed && return 0
  local classes
  maven_libs temporal-test-server "$SCRIPT_DIR/temporal-test-server/pom.xml" "$TTS_HOME/libs"
  [[ -f $TTS_HOME/libs/temporal-test-server-$TEMPORAL_TEST_SERVER_VERSION.jar ]] ||
    die "temporal-test-server: libs lack temporal-test-server-$TEMPORAL_TEST_SERVER_VERSION.jar (pom and script disagree?)"
  need_java
  mkdir -p "$ENGINES/bin"
  classes=$TTS_HOME/classes.tmp.$$
  rm -rf "$classes" "$TTS_HOME/classes"
  mkdir -p "$classes"
  javac -nowarn -d "$classes" -cp "$TTS_HOME/libs/*" \
    "$SCRIPT_DIR/temporal-test-server/src/dev/athar/local/LoopbackTestServer.java" ||
    die "temporal-test-server: javac failed"
  # a jar, not a directory: class-data sharing refuses non-empty directories on the class path
  jar --create --file "$TTS_HOME/athar-test-server.jar" -C "$classes" . || die "temporal-test-server: jar failed"
  rm -rf "$classes"
  tts_dump_cds
  cat >"$TTS_LAUNCHER.tmp" <<EOF
#!/usr/bin/env bash
# Temporal time-skipping test server (io.temporal:temporal-test-server $TEMPORAL_TEST_SERVER_VERSION), bound to 127.0.0.1.
# Generated by infra/local/engines.sh; do not edit. Usage: temporal-test-server <port> [--enable-time-skipping]
# This is what @temporalio/testing runs for
#   TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: '$TTS_LAUNCHER' } } })
# which passes just the port: time skipping then starts locked and the SDK's client unlocks it
# while it awaits a workflow result. Extra JVM options: TEMPORAL_TEST_SERVER_JAVA_OPTS.
home='$TTS_HOME'
cds=()
[[ -f \$home/cds.jsa ]] && cds=(-XX:SharedArchiveFile="\$home/cds.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off)
# shellcheck disable=SC2086
exec "\${JAVA_HOME:+\$JAVA_HOME/bin/}java" $TTS_JVM_FLAGS "\${cds[@]}" \${TEMPORAL_TEST_SERVER_JAVA_OPTS:-} \\
  -cp "\$home/athar-test-server.jar:\$home/libs/*" dev.athar.local.LoopbackTestServer "\$@"
EOF
  chmod 0755 "$TTS_LAUNCHER.tmp"
  mv -f "$TTS_LAUNCHER.tmp" "$TTS_LAUNCHER"
  tts_stamp >"$TTS_HOME/.athar-stamp"
  say temporal-test-server "launcher written: $TTS_LAUNCHER"
}

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

installed_postgres() { pg_bindir >/dev/null; }
installed_kafka() { maven_libs_current "$SCRIPT_DIR/kafka/pom.xml" "$KAFKA_LIBS"; }
installed_ferretdb() { ferretdb_installed; }
installed_temporal() { temporal_installed; }
installed_temporal-test-server() { tts_installed; }

installed_version() {
  case $1 in
    postgres) "$(pg_bindir)/postgres" --version ;;
    kafka) echo "Kafka $KAFKA_VERSION ($KAFKA_LIBS)" ;;
    ferretdb) echo "FerretDB $FERRETDB_VERSION ($FERRETDB_BIN)" ;;
    temporal) echo "Temporal CLI $TEMPORAL_CLI_VERSION ($TEMPORAL_BIN)" ;;
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

main "$@"
