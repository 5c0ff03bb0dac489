#!/usr/bin/env bash
# `npm run temporal -- <args>`: the Temporal CLI that infra/local/engines.sh installs (in the engines
# folder, not on PATH), else one on PATH. It reads TEMPORAL_ADDRESS and TEMPORAL_NAMESPACE itself.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CLI="${ATHAR_ENGINES_DIR:-$ROOT/.engines}/bin/temporal"
if [ ! -x "$CLI" ]; then
  CLI=$(command -v temporal || true)
fi
if [ -z "$CLI" ]; then
  echo "temporal CLI not found: run 'bash infra/local/engines.sh install temporal' (or put one on PATH)" >&2
  exit 127
fi
exec "$CLI" "$@"
