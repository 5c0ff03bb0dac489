# Shared by start.sh, stop.sh and test.sh.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ENGINES_DIR="${ATHAR_ENGINES_DIR:-$ROOT/.engines}"
export ATHAR_ENGINES_DIR="$ENGINES_DIR"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

log() { printf '[athar] %s\n' "$*"; }

# npm ci when node_modules is missing or older than the lock file; nothing otherwise.
ensure_node_modules() {
  cd "$ROOT"
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}
