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
node -r @swc-node/register tools/platform/start-cli.ts "$@"
