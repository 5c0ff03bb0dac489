#!/usr/bin/env bash
# Stops the web console npm start served, the five services, then Jaeger, Prometheus and the engines (pass --services-only to keep the engines running).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
# the console server npm start left in the background (its pid in the engines' run folder)
console_pid_file="$ENGINES_DIR/run/console.pid"
if [ -f "$console_pid_file" ]; then
  console_pid=$(cat "$console_pid_file")
  if kill -0 "$console_pid" 2>/dev/null; then kill "$console_pid" && log "console server stopped (pid $console_pid)"; fi
  rm -f "$console_pid_file"
fi
node -r @swc-node/register tools/platform/stop-cli.ts
if [ "${1:-}" != "--services-only" ]; then
  bash infra/observability/observability.sh stop
  bash infra/local/engines.sh stop
fi
