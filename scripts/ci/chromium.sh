#!/usr/bin/env bash
# Installs Debian's Chromium for the web app's end-to-end tests (driven by playwright-core with
# executablePath /usr/bin/chromium; no browser is downloaded). Idempotent; needs root when missing.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  /usr/bin/chromium --version >&2 || true
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]]; then echo "chromium.sh: /usr/bin/chromium is missing and this is not root: install chromium first" >&2; exit 1; fi
echo "chromium.sh: installing chromium with apt-get" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >&2 || true
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
/usr/bin/chromium --version >&2
