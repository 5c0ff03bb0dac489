#!/usr/bin/env bash
# Athar's observability backends without Docker (docs/adr/0047): Jaeger (traces: OTLP in, query API and
# UI out) and Prometheus (scrapes the services' /metrics, evaluates infra/observability/alerts.yml),
# built from the Go module proxy like FerretDB and the Temporal CLI, run as plain processes on 127.0.0.1.
#
#   infra/observability/observability.sh <install|start|stop|status|wait|test-rules> [prometheus|jaeger ...]
#
# install     builds bin/promtool, bin/prometheus and bin/jaeger into $ATHAR_ENGINES_DIR (default <repo>/.engines)
#             unless they are there at the pinned versions (go.mod files beside this script)
# start       writes the configs and starts them (npm start does; the CI test run does not)
# test-rules  promtool check rules + promtool test rules (the alert rules' unit tests, alerts.test.yml)
#
# Binaries are cached in $ATHAR_ENGINES_DIR/bin; configs, data, logs and pids go to
# $ATHAR_OBSERVABILITY_DIR (default $ATHAR_ENGINES_DIR/observability), so a test can run its own
# pair on other ports from the same binaries. Ports and scrape targets: the variables below.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
ENGINES=${ATHAR_ENGINES_DIR:-$REPO_ROOT/.engines}
mkdir -p "$ENGINES/bin"
ENGINES=$(cd "$ENGINES" && pwd)
STATE=${ATHAR_OBSERVABILITY_DIR:-$ENGINES/observability}
mkdir -p "$STATE"/{run,logs,data}
STATE=$(cd "$STATE" && pwd)
WAIT_TIMEOUT=${ATHAR_ENGINES_WAIT_TIMEOUT:-120}

HOST=127.0.0.1
PROMETHEUS_PORT=${ATHAR_PROMETHEUS_PORT:-9090}
JAEGER_UI_PORT=${ATHAR_JAEGER_UI_PORT:-16686}       # query API and UI (http)
JAEGER_QUERY_GRPC_PORT=${ATHAR_JAEGER_QUERY_GRPC_PORT:-16685}
OTLP_GRPC_PORT=${ATHAR_OTLP_GRPC_PORT:-4317}
OTLP_HTTP_PORT=${ATHAR_OTLP_HTTP_PORT:-4318}
JAEGER_HEALTH_PORT=${ATHAR_JAEGER_HEALTH_PORT:-13133}
JAEGER_METRICS_PORT=${ATHAR_JAEGER_METRICS_PORT:-8888}
# Scrape targets, "name=host:port" each: the services (npm start's ports, printed by
# tools/platform/observability-targets.ts from the launcher) and the engines that expose Prometheus metrics.
SERVICE_TARGETS=${ATHAR_SCRAPE_SERVICES:-}
ENGINE_TARGETS=${ATHAR_SCRAPE_ENGINES-temporal=127.0.0.1:7235 ferretdb=127.0.0.1:27018}
SCRAPE_INTERVAL=${ATHAR_SCRAPE_INTERVAL:-15s}
METRICS_TOKEN_FILE=${ATHAR_METRICS_TOKEN_FILE:-}

PROMETHEUS_VERSION=$(sed -n 's/^[[:space:]]*github.com\/prometheus\/prometheus \(v[^ ]*\).*/\1/p' "$SCRIPT_DIR/prometheus/go.mod" | head -n1)
JAEGER_VERSION=$(sed -n 's/^[[:space:]]*github.com\/jaegertracing\/jaeger \(v[^ ]*\).*/\1/p' "$SCRIPT_DIR/jaeger/go.mod" | head -n1)

say() { printf '%s: %s\n' "$1" "$2"; }
die() {
  printf 'observability.sh: %s\n' "$*" >&2
  exit 1
}
now() { printf '%s' "$EPOCHREALTIME"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1fs", b - a }'; }
# shellcheck disable=SC2016 # $0/$1 expand in the inner bash
port_open() { timeout 2 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$1" "$2" 2>/dev/null; }
# shellcheck disable=SC2016
http_ok() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/$0/$1" || exit 1
    printf "GET %s HTTP/1.0\r\nHost: %s:%s\r\nConnection: close\r\n\r\n" "$2" "$0" "$1" >&3
    IFS= read -r line <&3 && [[ $line == *" 200 "* ]]' "$1" "$2" "$3" 2>/dev/null
}

# ---- install: go build from the pinned modules (the go.mod/go.sum beside this script) ------------
# A binary is current when `go version -m` records the pinned module version (a stamp of the go.sum
# also guards against a rebuilt dependency set).
bin_current() { # binary, module, version
  [[ -x $1 ]] && go version -m "$1" 2>/dev/null | grep -Eq "^[[:space:]]+(mod|dep)[[:space:]]+$2[[:space:]]+$3([[:space:]]|$)"
}

go_build_tool() { # name, module dir, package, module path, version, build tags
  local name=$1 dir=$2 pkg=$3 mod=$4 version=$5 tags=${6:-} bin=$ENGINES/bin/$1 t0 log
  bin_current "$bin" "$mod" "$version" && return 0
  command -v go >/dev/null 2>&1 || die "Go (>= 1.25) is required to build $name; put it on PATH"
  t0=$(now)
  log=$ENGINES/logs/install-$name-go.log
  mkdir -p "$ENGINES/logs"
  say "$name" "building $pkg@$version (go build; minutes on a cold Go cache)"
  (cd "$dir" && GOFLAGS=-buildvcs=false go build -trimpath -tags "$tags" -o "$bin.tmp" "$pkg") >"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "$name: go build failed (log: $log)"
  }
  mv -f "$bin.tmp" "$bin"
  say "$name" "go build done in $(since "$t0")"
}

# remove_all_sd: Prometheus' own build tag leaving out every service discovery (Kubernetes, the clouds'
# SDKs: most of its build time); the targets here are static_configs.
PROMETHEUS_TAGS=remove_all_sd
# Where prometheus and promtool come from: `debian` (default: Debian's prometheus package, unpacked with
# dpkg-deb into the engines folder, nothing installed system-wide and no service started; seconds) or
# `go` (built from infra/observability/prometheus/go.mod: over 20 minutes on a loaded two-core machine,
# docs/adr/0047). ATHAR_PROMETHEUS_FROM chooses.
PROMETHEUS_FROM=${ATHAR_PROMETHEUS_FROM:-debian}
PROMETHEUS_DEB_DIR=$ENGINES/prometheus-deb

install_from_debian() { # name (prometheus or promtool)
  local bin=$PROMETHEUS_DEB_DIR/usr/bin/$1 tmp log=$ENGINES/logs/install-prometheus-apt.log
  if [[ ! -x $bin ]]; then
    mkdir -p "$ENGINES/logs"
    say "$1" "unpacking Debian's prometheus package into ${PROMETHEUS_DEB_DIR#"$ENGINES"/}"
    tmp=$(mktemp -d)
    if ! (cd "$tmp" && apt-get download prometheus) >"$log" 2>&1; then
      DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$log" 2>&1 || true
      (cd "$tmp" && apt-get download prometheus) >>"$log" 2>&1 || {
        rm -rf "$tmp"
        tail -n 20 "$log" >&2
        die "$1: apt-get download prometheus failed (log: $log)"
      }
    fi
    # unpacked beside, then moved: an interrupted unpack never leaves a truncated binary in place
    dpkg-deb -x "$tmp"/prometheus_*.deb "$tmp/root"
    rm -rf "$PROMETHEUS_DEB_DIR"
    mv "$tmp/root" "$PROMETHEUS_DEB_DIR"
    rm -rf "$tmp"
  fi
  ln -sfn "$bin" "$ENGINES/bin/$1"
}

install_promtool() {
  [[ $PROMETHEUS_FROM == debian ]] && { install_from_debian promtool; return; }
  go_build_tool promtool "$SCRIPT_DIR/prometheus" github.com/prometheus/prometheus/cmd/promtool github.com/prometheus/prometheus "$PROMETHEUS_VERSION" "$PROMETHEUS_TAGS"; }
install_prometheus() {
  [[ $PROMETHEUS_FROM == debian ]] && { install_from_debian prometheus; return; }
  go_build_tool prometheus "$SCRIPT_DIR/prometheus" github.com/prometheus/prometheus/cmd/prometheus github.com/prometheus/prometheus "$PROMETHEUS_VERSION" "$PROMETHEUS_TAGS"; }
install_jaeger() { go_build_tool jaeger "$SCRIPT_DIR/jaeger" github.com/jaegertracing/jaeger/cmd/jaeger github.com/jaegertracing/jaeger "$JAEGER_VERSION"; }

# ---- configs -------------------------------------------------------------------------------------
static_configs() { # job label key, "name=host:port ..."
  local key=$1 target name
  for target in $2; do
    name=${target%%=*}
    printf '      - targets: ["%s"]\n        labels: { %s: "%s" }\n' "${target#*=}" "$key" "$name"
  done
}

write_prometheus_config() {
  local f=$STATE/prometheus.yml auth=''
  [[ -n $METRICS_TOKEN_FILE ]] && auth=$(printf '    authorization:\n      credentials_file: "%s"\n' "$METRICS_TOKEN_FILE")
  {
    printf '# Generated by infra/observability/observability.sh; do not edit (it is rewritten at each start).\n'
    printf 'global:\n  scrape_interval: %s\n  evaluation_interval: %s\n' "$SCRAPE_INTERVAL" "$SCRAPE_INTERVAL"
    printf 'rule_files:\n  - "%s"\n' "$SCRIPT_DIR/alerts.yml"
    printf 'scrape_configs:\n'
    printf '  - job_name: athar-services\n    metrics_path: /metrics\n%s\n    static_configs:\n' "$auth"
    if [[ -n $SERVICE_TARGETS ]]; then static_configs service "$SERVICE_TARGETS"; else printf '      []\n'; fi
    if [[ -n $ENGINE_TARGETS ]]; then
      printf '  - job_name: athar-engines\n    metrics_path: /metrics\n    static_configs:\n'
      static_configs engine "$(printf '%s\n' $ENGINE_TARGETS | grep -v '^ferretdb=')"
      # FerretDB serves its metrics on the debug port's /debug/metrics
      if grep -q '^ferretdb=' <<<"$(printf '%s\n' $ENGINE_TARGETS)"; then
        printf '  - job_name: athar-engines-ferretdb\n    metrics_path: /debug/metrics\n    static_configs:\n'
        static_configs engine "$(printf '%s\n' $ENGINE_TARGETS | grep '^ferretdb=')"
        printf '    relabel_configs:\n      - target_label: job\n        replacement: athar-engines\n'
      fi
    fi
    printf '  - job_name: observability\n    static_configs:\n'
    static_configs component "prometheus=$HOST:$PROMETHEUS_PORT jaeger=$HOST:$JAEGER_METRICS_PORT"
  } >"$f.tmp"
  mv -f "$f.tmp" "$f"
}

write_jaeger_config() {
  cat >"$STATE/jaeger.yml" <<EOF
# Generated by infra/observability/observability.sh; do not edit (it is rewritten at each start).
# Jaeger v2 all-in-one with in-memory storage: OTLP in, query API and UI out, everything on $HOST.
service:
  extensions: [jaeger_storage, jaeger_query, healthcheckv2]
  pipelines:
    traces:
      receivers: [otlp]
      processors: [batch]
      exporters: [jaeger_storage_exporter]
  telemetry:
    resource:
      service.name: jaeger
    metrics:
      level: basic
      readers:
        - pull:
            exporter:
              prometheus:
                host: "$HOST"
                port: $JAEGER_METRICS_PORT
    logs:
      level: warn
extensions:
  jaeger_query:
    storage:
      traces: memstore
    http:
      endpoint: "$HOST:$JAEGER_UI_PORT"
    grpc:
      endpoint: "$HOST:$JAEGER_QUERY_GRPC_PORT"
  jaeger_storage:
    backends:
      memstore:
        memory:
          max_traces: 100000
  healthcheckv2:
    use_v2: true
    http:
      endpoint: "$HOST:$JAEGER_HEALTH_PORT"
receivers:
  otlp:
    protocols:
      grpc:
        endpoint: "$HOST:$OTLP_GRPC_PORT"
      http:
        endpoint: "$HOST:$OTLP_HTTP_PORT"
processors:
  batch:
exporters:
  jaeger_storage_exporter:
    trace_storage: memstore
EOF
}

# ---- processes -----------------------------------------------------------------------------------
pidfile() { printf '%s/run/%s.pid' "$STATE" "$1"; }

# Our running process of the component (its pid file, alive, and its command line names our config).
component_pid() {
  local f pid
  f=$(pidfile "$1")
  [[ -s $f ]] || return 1
  pid=$(head -n1 "$f")
  [[ $pid =~ ^[0-9]+$ && -r /proc/$pid/cmdline ]] || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$STATE/$1.yml" || return 1
  printf '%s' "$pid"
}

launch() { # name, command...
  local name=$1 pidf log
  shift
  pidf=$(pidfile "$name")
  log=$STATE/logs/$name.log
  rm -f "$pidf"
  printf '\n==== %s: starting %s\n' "$(date -u +%FT%TZ)" "$name" >>"$log"
  # shellcheck disable=SC2016 # $$, $0 and $@ belong to the inner bash
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidf" "$@" </dev/null >>"$log" 2>&1 &
  for _ in $(seq 1 50); do
    [[ -s $pidf ]] && return 0
    sleep 0.1
  done
  die "$name: did not start (no pid file); see $log"
}

require_free_port() {
  if port_open "$HOST" "$2"; then die "$1: port $2 is already in use by another process (set ATHAR_*_PORT to move it)"; fi
}

start_prometheus() {
  local pid
  if pid=$(component_pid prometheus); then
    say prometheus "already running (pid $pid)"
    return 0
  fi
  install_prometheus
  write_prometheus_config
  require_free_port prometheus "$PROMETHEUS_PORT"
  launch prometheus "$ENGINES/bin/prometheus" --config.file="$STATE/prometheus.yml" \
    --storage.tsdb.path="$STATE/data/prometheus" --storage.tsdb.retention.time=7d \
    --web.listen-address="$HOST:$PROMETHEUS_PORT" --web.enable-lifecycle --log.level=warn
  say prometheus "launched pid $(cat "$(pidfile prometheus)")"
}

start_jaeger() {
  local pid p
  if pid=$(component_pid jaeger); then
    say jaeger "already running (pid $pid)"
    return 0
  fi
  install_jaeger
  write_jaeger_config
  for p in "$JAEGER_UI_PORT" "$JAEGER_QUERY_GRPC_PORT" "$OTLP_GRPC_PORT" "$OTLP_HTTP_PORT" "$JAEGER_HEALTH_PORT" "$JAEGER_METRICS_PORT"; do
    require_free_port jaeger "$p"
  done
  launch jaeger "$ENGINES/bin/jaeger" --config "$STATE/jaeger.yml"
  say jaeger "launched pid $(cat "$(pidfile jaeger)")"
}

stop_component() {
  local pid
  pid=$(component_pid "$1") || {
    say "$1" "not running"
    return 0
  }
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 100); do
    [[ -d /proc/$pid ]] || break
    sleep 0.2
  done
  [[ -d /proc/$pid ]] && kill -KILL "$pid" 2>/dev/null
  rm -f "$(pidfile "$1")"
  say "$1" "stopped"
}

ready_prometheus() { http_ok "$HOST" "$PROMETHEUS_PORT" /-/ready; }
ready_jaeger() { http_ok "$HOST" "$JAEGER_HEALTH_PORT" /status && http_ok "$HOST" "$JAEGER_UI_PORT" /api/services; }

address() {
  case $1 in
    prometheus) echo "http://$HOST:$PROMETHEUS_PORT (alerts: /alerts, API /api/v1/alerts)" ;;
    jaeger) echo "http://$HOST:$JAEGER_UI_PORT (query API /api/traces; OTLP grpc $HOST:$OTLP_GRPC_PORT, http http://$HOST:$OTLP_HTTP_PORT)" ;;
  esac
}

wait_ready() {
  local name deadline=$((SECONDS + WAIT_TIMEOUT))
  for name in "$@"; do
    until "ready_$name"; do
      if ! component_pid "$name" >/dev/null; then
        tail -n 20 "$STATE/logs/$name.log" >&2 || true
        die "$name: not running; see $STATE/logs/$name.log"
      fi
      ((SECONDS < deadline)) || die "$name: not ready after ${WAIT_TIMEOUT}s; see $STATE/logs/$name.log"
      sleep 0.5
    done
    say "$name" "ready at $(address "$name")"
  done
}

test_rules() {
  install_promtool
  "$ENGINES/bin/promtool" check rules "$SCRIPT_DIR/alerts.yml"
  (cd "$SCRIPT_DIR" && "$ENGINES/bin/promtool" test rules alerts.test.yml)
}

main() {
  local cmd=${1:-} name
  [[ -n $cmd ]] || {
    sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
  }
  shift
  local components=("$@")
  ((${#components[@]})) || components=(jaeger prometheus)
  case $cmd in
    install) for name in "${components[@]}"; do "install_$name"; done ;;
    start) for name in "${components[@]}"; do "start_$name"; done ;;
    stop) for name in "${components[@]}"; do stop_component "$name"; done ;;
    wait) wait_ready "${components[@]}" ;;
    status)
      for name in "${components[@]}"; do
        if pid=$(component_pid "$name"); then say "$name" "running (pid $pid) at $(address "$name")"; else say "$name" "not running"; fi
      done
      ;;
    test-rules) test_rules ;;
    *) die "unknown command $cmd" ;;
  esac
}

main "$@"
