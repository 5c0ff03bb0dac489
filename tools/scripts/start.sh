#!/usr/bin/env bash
# Starts the whole platform on this machine: engines, the five services, demo tenants from shared/seeds.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_node_modules
bash infra/local/engines.sh start
bash infra/local/engines.sh wait
# the identity provider's demo realm first (docs/adr/0033): the services check its tokens against its
# JWKS, and the demo data is entered by its demo accounts; it prints the sign-in URL and demo accounts
node -r @swc-node/register tools/identity/provision.ts
# the event store's checkpoint signing key, once (docs/adr/0043): the services sign checkpoints with it
node -r @swc-node/register tools/audit/audit.ts keygen
# the console calls the services from its own origin (docs/adr/0036)
export ATHAR_CORS_ORIGINS="${ATHAR_CORS_ORIGINS:-http://127.0.0.1:${ATHAR_CONSOLE_PORT:-4200}}"
node -r @swc-node/register tools/platform/start-cli.ts "$@"
# the web console on http://127.0.0.1:4200 (docs/adr/0036), built if missing, in the background
node -r @swc-node/register tools/console/serve.ts --build > "$ENGINES_DIR/logs/console.log" 2>&1 &
echo $! > "$ENGINES_DIR/run/console.pid"
# print its URL once it serves (a first build takes a few seconds)
for _ in $(seq 1 60); do grep -qi '^console:' "$ENGINES_DIR/logs/console.log" 2>/dev/null && break; sleep 1; done
grep -m1 -i '^console:' "$ENGINES_DIR/logs/console.log" || echo "[athar] the console did not start; see $ENGINES_DIR/logs/console.log"
