# Shared by start.sh, stop.sh and test.sh.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ENGINES_DIR="${ATHAR_ENGINES_DIR:-$ROOT/.engines}"
export ATHAR_ENGINES_DIR="$ENGINES_DIR"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

log() { printf '[athar] %s\n' "$*"; }

# Installs the locked npm packages when node_modules is missing or older than the lock file.
# `npm install`, not `npm ci`: the registry reachable here does not serve other platforms' optional
# packages (e.g. @swc/core-darwin-arm64), so the lock cannot list them and `npm ci` rejects it as out
# of sync; `npm install` still installs exactly the locked versions.
ensure_node_modules() {
  cd "$ROOT"
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages"
    npm install --no-audit --no-fund --loglevel=error
  fi
}
