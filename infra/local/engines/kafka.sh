# shellcheck shell=bash
# Kafka (KRaft, one node) from Maven Central jars: install, format, start, stop, ready.
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

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

installed_kafka() { maven_libs_current "$SCRIPT_DIR/kafka/pom.xml" "$KAFKA_LIBS"; }
