#!/usr/bin/env bash
# Renders a workbook the way a family would print it: LibreOffice (headless) converts it to a
# PDF, and pdftoppm turns each page into a PNG, so a person or a reviewer can look at every page.
#
#   scripts/render.sh output/cellcompare-2026-11.xlsx [out-folder]
#
# Needs LibreOffice Calc and poppler; on Debian or Ubuntu:
#   sudo apt-get install libreoffice-calc-nogui poppler-utils
set -euo pipefail

workbook="${1:?usage: scripts/render.sh WORKBOOK.xlsx [OUT-FOLDER]}"
out="${2:-$(dirname "$workbook")/rendered}"
for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing; install libreoffice-calc-nogui and poppler-utils." >&2; exit 3; }
done
[ -f "$workbook" ] || { echo "render.sh: no such workbook: $workbook" >&2; exit 3; }

mkdir -p "$out"
name="$(basename "${workbook%.*}")"
# A private LibreOffice profile, so a desktop LibreOffice that is open does not block the conversion.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null
pdftoppm -r 80 -png "$out/$name.pdf" "$out/$name-page"
echo "Rendered $(ls "$out/$name"-page*.png | wc -l) pages of $workbook into $out/ ($name.pdf and $name-page-*.png)"
