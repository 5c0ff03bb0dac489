#!/usr/bin/env bash
# Stops the five services, then the engines (pass --services-only to keep the engines running).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
node -r @swc-node/register tools/platform/stop-cli.ts
if [ "${1:-}" != "--services-only" ]; then bash infra/local/engines.sh stop; fi
