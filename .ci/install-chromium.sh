#!/usr/bin/env bash
# Install Debian's Chromium for the browser tests (tests/web/test_browser.py drive it through
# Playwright with executable_path; no browser is ever downloaded by Playwright).
#
# Usage (CI and developers, as root on Debian 12):
#     bash .ci/install-chromium.sh
#
# Idempotent: does nothing when `chromium` is already on PATH. Everything goes to stderr.
set -euo pipefail

log() { echo "install-chromium: $*" >&2; }

if command -v chromium >/dev/null; then
    log "$(chromium --version 2>/dev/null || echo chromium) already installed"
    exit 0
fi
if [ "$(id -u)" != "0" ]; then
    log "chromium is missing and this is not root: run «apt-get install chromium» as root for the browser tests"
    exit 1
fi
log "installing chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update >&2
apt-get install -y --no-install-recommends chromium chromium-driver fonts-dejavu-core >&2
log "$(chromium --version 2>/dev/null)"
