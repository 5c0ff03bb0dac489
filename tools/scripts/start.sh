#!/usr/bin/env bash
# Starts the whole platform on this machine: engines, the five services, demo tenants from shared/seeds.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_node_modules
bash infra/local/engines.sh start
bash infra/local/engines.sh wait
node -r @swc-node/register tools/platform/start-cli.ts "$@"
