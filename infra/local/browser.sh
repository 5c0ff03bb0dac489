#!/usr/bin/env bash
# The browser tier's browser (docs/adr/0036): Debian's Chromium and Noto fonts (Arabic), installed only
# when missing. Playwright's own browser download cannot work on this machine; playwright-core drives
# /usr/bin/chromium (ATHAR_CHROMIUM overrides it).
set -euo pipefail
chromium_bin="${ATHAR_CHROMIUM:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_bin" ] || missing+=(chromium)
dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
if [ ${#missing[@]} -eq 0 ]; then echo "browser: $("$chromium_bin" --version 2>/dev/null || echo "$chromium_bin")"; exit 0; fi
echo "browser: installing ${missing[*]}"
sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
