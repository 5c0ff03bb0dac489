# Shared by start.sh, stop.sh and test.sh.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ENGINES_DIR="${ATHAR_ENGINES_DIR:-$ROOT/.engines}"
export ATHAR_ENGINES_DIR="$ENGINES_DIR"
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false

log() { printf '[athar] %s\n' "$*"; }

# Installs exactly the locked npm packages (`npm ci`) when node_modules is missing or older than the
# lock file. The lock lists every platform's optional packages (e.g. @swc/core-darwin-arm64), so
# installing never rewrites it; if an install changes any tracked file anyway, this fails loudly
# rather than leave a newcomer's tree dirty (docs/adr/0015).
ensure_node_modules() {
  cd "$ROOT"
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    log "installing npm packages (npm ci)"
    local before after
    before=$(tracked_state)
    npm ci --no-audit --no-fund --loglevel=error
    after=$(tracked_state)
    if [ "$before" != "$after" ]; then
      git -C "$ROOT" status --short --untracked-files=no >&2
      log "installing the npm packages changed tracked files (above): the lock file is incomplete" >&2
      return 1
    fi
  fi
}

# A fingerprint of the tracked files' changes in the work tree (empty diff = clean).
tracked_state() {
  if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
    git -C "$ROOT" diff HEAD --no-ext-diff --binary 2>/dev/null | sha256sum
  fi
}
