#!/usr/bin/env bash
# Installs what npm cannot and the tests need, when it is missing, from Debian's packages: the
# browsers the tests run in (Chromium and Firefox ESR; npm packages cannot download a browser on
# our machines) and poppler-utils (pdftotext, pdfinfo), which reads the reports' PDFs back.
# Honours CHROME_PATH and FIREFOX_PATH for browsers installed elsewhere: a browser found there is
# used as it is. (The WordPress stack is installed by its own test, scripts/test-wordpress.mjs.)
set -euo pipefail

chromium="${CHROME_PATH:-/usr/bin/chromium}"
firefox="${FIREFOX_PATH:-/usr/bin/firefox-esr}"

# The Debian packages of the browsers that are not there yet.
missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$firefox" ] || missing+=(firefox-esr)
{ command -v pdftotext && command -v pdfinfo; } >/dev/null || missing+=(poppler-utils)
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "Not found: ${missing[*]} (looked at $chromium and $firefox). Installing Debian's packages…"
cannot_install() {
  echo "Cannot install ${missing[*]}: $1." >&2
  echo "Install them (apt-get install ${missing[*]}), or point CHROME_PATH / FIREFOX_PATH at the browsers." >&2
  exit 1
}
command -v apt-get >/dev/null || cannot_install "apt-get is not available (not Debian or Ubuntu)"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || cannot_install "not root, and sudo is not available"
  sudo="sudo"
fi
$sudo apt-get update -qq || cannot_install "apt-get update failed"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null ||
  cannot_install "apt-get install failed"

# A package installs to /usr/bin: a CHROME_PATH or FIREFOX_PATH elsewhere is still not there.
[ -x "$chromium" ] || cannot_install "chromium is installed, but not at CHROME_PATH ($chromium)"
[ -x "$firefox" ] || cannot_install "firefox-esr is installed, but not at FIREFOX_PATH ($firefox)"
echo "Ready: $("$chromium" --version); $("$firefox" --version); $(pdfinfo -v 2>&1 | head -1)"
