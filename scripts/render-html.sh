#!/usr/bin/env bash
# Opens a month's web page in headless Chromium at a phone's size (390x844) and a desktop's
# (1280x800), saves screenshots and A4 and Letter prints, and checks it: no sideways scrolling at
# 360 and 390 px, no request beyond the page itself, and no WCAG 2.1 A or AA violation (axe-core).
# Exit status 1 when a check fails.
#
#   scripts/render-html.sh output/cellcompare-2026-11.html [out-folder]
#
# Needs Debian's chromium (sudo apt-get install chromium) and Node.js with npm; the first run
# installs puppeteer-core and axe-core from npm into scripts/page-check/. Neither downloads a browser.
set -euo pipefail

page="${1:?usage: scripts/render-html.sh PAGE.html [OUT-FOLDER]}"
out="${2:-$(dirname "$page")/rendered}"
here="$(cd "$(dirname "$0")" && pwd)"
browser="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$browser" ] || { echo "render-html.sh: no Chromium at $browser; install Debian's chromium package." >&2; exit 3; }
command -v npm >/dev/null || { echo "render-html.sh: npm is missing; install Node.js." >&2; exit 3; }
[ -f "$page" ] || { echo "render-html.sh: no such page: $page" >&2; exit 3; }

if [ ! -d "$here/page-check/node_modules" ]; then
  # puppeteer-core never fetches a browser; this is only the two packages of the lock file
  npm ci --prefix "$here/page-check" --no-audit --no-fund --loglevel=error >&2
fi
CHROMIUM="$browser" node "$here/page-check/check-page.mjs" "$page" "$out"
