#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is missing: npm packages cannot
# download a browser on our machines. Honours CHROME_PATH for a browser installed elsewhere.
set -euo pipefail
browser="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  exit 0
fi
echo "Chromium not found at $browser: installing Debian's chromium package…"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Install Chromium (apt-get install chromium) or set CHROME_PATH." >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
echo "Chromium installed: $("$browser" --version)"
