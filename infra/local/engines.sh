#!/usr/bin/env bash
# Athar's engines without Docker: PostgreSQL, Kafka (KRaft), FerretDB, Temporal dev server, Keycloak
# (identity provider) and the Temporal time-skipping test server, installed from package registries only (Debian apt, Maven
# Central, the Go module proxy) and run as plain processes bound to 127.0.0.1.
#
#   infra/local/engines.sh <install|start|stop|status|wait|restart|env> [engine ...]
#
# engines: postgres kafka ferretdb temporal keycloak temporal-test-server (none given = all of them).
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
KEYCLOAK_VERSION=26.5.6

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
KEYCLOAK_PORT=${ATHAR_KEYCLOAK_PORT:-18080}
KEYCLOAK_MANAGEMENT_PORT=${ATHAR_KEYCLOAK_MANAGEMENT_PORT:-18081}
KEYCLOAK_ADMIN_USER=admin # master realm, local development only (docs/adr/0033)
KEYCLOAK_ADMIN_PASSWORD=admin
TEMPORAL_SEARCH_ATTRIBUTES=(TenantId=Keyword CaseId=Keyword Stage=Keyword Deadline=Datetime)

ALL_ENGINES=(postgres kafka ferretdb temporal keycloak temporal-test-server)
DAEMONS=(postgres ferretdb kafka temporal keycloak) # start order; stop runs it backwards

# ---- one file per engine, the shared helpers and the commands: infra/local/engines/ ------------
# shellcheck source=/dev/null
for part in common postgres kafka ferretdb temporal keycloak temporal-test-server commands; do source "$SCRIPT_DIR/engines/$part.sh"; done

main "$@"
