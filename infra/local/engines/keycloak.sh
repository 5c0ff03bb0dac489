# shellcheck shell=bash
# Keycloak, the identity provider (docs/adr/0033): the Quarkus distribution from Maven Central, run on
# a JDK >= 21 found on this machine (Java 17 stays the default for Kafka).
# Sourced by infra/local/engines.sh (which sets ENGINES, SCRIPT_DIR, the versions and the addresses);
# not run on its own.

# ==== Keycloak ==================================================================================
KEYCLOAK_HOME=$ENGINES/keycloak
KEYCLOAK_DIST=$KEYCLOAK_HOME/dist/keycloak-$KEYCLOAK_VERSION
KEYCLOAK_DATA=$ENGINES/data/keycloak
KEYCLOAK_JAVA_MIN=21
# Build-time options: `kc.sh build` bakes them in once at install, so each start skips the
# augmentation step (start --optimized). Dev-file store (H2 under .engines/data/keycloak): docs/adr/0033.
KEYCLOAK_BUILD_OPTS=(--db=dev-file --health-enabled=true --cache=local)
KEYCLOAK_HEAP=${ATHAR_KEYCLOAK_HEAP:--Xms64m -Xmx512m}

# Major version of a java binary (8 for 1.8), empty when it does not run.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | sed 's/^1\.//' | head -n1
}

# Prints the home of a JDK >= 21: JAVA_HOME when it is one, else the newest under the system's JVM
# folder (/usr/lib/jvm, or ATHAR_JVM_DIRS: a colon-separated list of folders to look in).
find_keycloak_java_home() {
  local best="" best_major=0 java major dir home dirs
  if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]]; then
    major=$(java_major "$JAVA_HOME/bin/java")
    if [[ -n $major ]] && ((major >= KEYCLOAK_JAVA_MIN)); then
      printf '%s' "$JAVA_HOME"
      return 0
    fi
  fi
  IFS=: read -r -a dirs <<<"${ATHAR_JVM_DIRS:-/usr/lib/jvm}"
  for dir in "${dirs[@]}"; do
    for java in "$dir"/*/bin/java; do
      [[ -x $java ]] || continue
      home=$(cd "$(dirname "$java")/.." && pwd -P)
      major=$(java_major "$java")
      [[ -n $major ]] || continue
      if ((major >= KEYCLOAK_JAVA_MIN && major > best_major)); then
        best=$home best_major=$major
      fi
    done
  done
  [[ -n $best ]] || return 1
  printf '%s' "$best"
}

keycloak_java_home() {
  local home
  home=$(find_keycloak_java_home) || die "keycloak: Keycloak $KEYCLOAK_VERSION needs a JDK $KEYCLOAK_JAVA_MIN or later, and none was found
(JAVA_HOME=${JAVA_HOME:-unset}; looked in ${ATHAR_JVM_DIRS:-/usr/lib/jvm}/*/bin/java). Install one beside Java 17,
e.g. apt-get install -y openjdk-21-jdk-headless (Debian trixie/backports) or a Temurin 21/25, or point JAVA_HOME at it."
  printf '%s' "$home"
}

keycloak_stamp() {
  echo "$(hash_of "$SCRIPT_DIR/keycloak/pom.xml") ${KEYCLOAK_BUILD_OPTS[*]} $1"
}

installed_keycloak() {
  local home
  [[ -x $KEYCLOAK_DIST/bin/kc.sh && -f $KEYCLOAK_HOME/.athar-stamp ]] || return 1
  home=$(find_keycloak_java_home) || return 1
  [[ $(cat "$KEYCLOAK_HOME/.athar-stamp") == "$(keycloak_stamp "$home")" ]]
}

install_keycloak() {
  local java_home t0 log=$ENGINES/logs/install-keycloak.log tmp
  installed_keycloak && return 0
  java_home=$(keycloak_java_home)
  need_java # mvn (runs on Java 17) fetches the zip
  mkdir -p "$KEYCLOAK_HOME" "$ENGINES/logs"
  if [[ ! -x $KEYCLOAK_DIST/bin/kc.sh ]]; then
    say keycloak "downloading org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (zip) from Maven Central"
    t0=$(now)
    tmp=$KEYCLOAK_HOME/dist.tmp.$$
    rm -rf "$tmp"
    mvn -B -q -Dstyle.color=never -f "$SCRIPT_DIR/keycloak/pom.xml" dependency:unpack -Dkeycloak.dir="$tmp" >"$log" 2>&1 || {
      rm -rf "$tmp"
      cat "$log" >&2
      die "keycloak: mvn dependency:unpack failed (log: $log)"
    }
    [[ -x $tmp/keycloak-$KEYCLOAK_VERSION/bin/kc.sh ]] || die "keycloak: the zip lacks keycloak-$KEYCLOAK_VERSION/bin/kc.sh (pom and script disagree?)"
    rm -rf "$KEYCLOAK_HOME/dist"
    mv "$tmp" "$KEYCLOAK_HOME/dist"
    say keycloak "unpacked in $(since "$t0")"
  fi
  # the H2 files live in .engines/data/keycloak, not inside the distribution (which an upgrade replaces)
  mkdir -p "$KEYCLOAK_DATA"
  if [[ ! -L $KEYCLOAK_DIST/data ]]; then
    rm -rf "$KEYCLOAK_DIST/data"
    ln -s "$KEYCLOAK_DATA" "$KEYCLOAK_DIST/data"
  fi
  t0=$(now)
  say keycloak "kc.sh build ${KEYCLOAK_BUILD_OPTS[*]} (Java $(java_major "$java_home/bin/java") from $java_home)"
  JAVA_HOME=$java_home JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" "$KEYCLOAK_DIST/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTS[@]}" >>"$log" 2>&1 || {
    tail -n 30 "$log" >&2
    die "keycloak: kc.sh build failed (log: $log)"
  }
  say keycloak "built in $(since "$t0")"
  keycloak_stamp "$java_home" >"$KEYCLOAK_HOME/.athar-stamp"
}

start_keycloak() {
  local pid java_home
  if pid=$(engine_pid keycloak); then
    say keycloak "already running (pid $pid)"
    return 0
  fi
  install_keycloak
  java_home=$(keycloak_java_home)
  require_free_port keycloak "$KEYCLOAK_PORT"
  require_free_port keycloak "$KEYCLOAK_MANAGEMENT_PORT"
  # The bootstrap admin is created only while the master realm has no admin (the first start).
  launch keycloak env JAVA_HOME="$java_home" JAVA_OPTS_KC_HEAP="$KEYCLOAK_HEAP" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$KEYCLOAK_ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$KEYCLOAK_ADMIN_PASSWORD" \
    "$KEYCLOAK_DIST/bin/kc.sh" start --optimized --http-enabled=true --http-host="$HOST" --http-port="$KEYCLOAK_PORT" \
    --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" --hostname-strict=false --log-console-color=false
  say keycloak "launched pid $(cat "$(pidfile keycloak)")"
}

stop_keycloak() { stop_daemon keycloak 30; }

# The management interface's readiness check (database reachable, realms loaded).
ready_keycloak() { http_ok "$HOST" "$KEYCLOAK_MANAGEMENT_PORT" /health/ready; }
