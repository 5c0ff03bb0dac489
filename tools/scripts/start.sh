#!/usr/bin/env bash
# Starts the whole platform on this machine: engines, the five services, demo tenants from shared/seeds.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_node_modules
bash infra/local/engines.sh start
bash infra/local/engines.sh wait
node -r @swc-node/register tools/platform/start-cli.ts "$@"
# the identity provider's demo realm (docs/adr/0033): sign-in URL and demo accounts per association
node -r @swc-node/register tools/identity/provision.ts || log "Keycloak demo realm not provisioned (see above); retry: npm run identity:provision"
