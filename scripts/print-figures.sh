#!/usr/bin/env bash
# How a workbook prints, in figures: each sheet's pages and the scale it prints at, on A4 and on
# Letter, as LibreOffice prints it. The scale is measured on the printed pages: each sheet is
# printed as it is and at 100 %, and the rows' spacing compared (PrintFigures).
#
#   scripts/print-figures.sh output/cellcompare-2026-11.xlsx
#
# Needs a built tree (./mvnw package), LibreOffice Calc and poppler, as scripts/render.sh does; the
# PDFs and page images are left in target/print-figures/.
set -euo pipefail
cd "$(dirname "$0")/.."
workbook="$(realpath "${1:?usage: scripts/print-figures.sh WORKBOOK.xlsx}")"
[ -f target/test-classpath.txt ] || { echo "print-figures.sh: build first: ./mvnw package" >&2; exit 3; }
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
out=target/print-figures
rm -rf "$out" && mkdir -p "$out"
for paper in A4 Letter; do
    for print in as-is full; do
        copy="$out/$(basename "${workbook%.xlsx}")-$paper-$print.xlsx"
        java -cp "$classpath" org.cellcompare.report.PrintFigures paper "$workbook" "$copy" "$paper" \
            "$([ "$print" = full ] && echo full || echo as-is)"
        scripts/render.sh "$copy" "$out" >/dev/null
        pdftotext -bbox "${copy%.xlsx}.pdf" "${copy%.xlsx}.html"
    done
    name="$out/$(basename "${workbook%.xlsx}")-$paper"
    echo "== $paper ($(basename "$workbook"))"
    java -cp "$classpath" org.cellcompare.report.PrintFigures figures "$workbook" "$name-as-is.html" "$name-full.html"
done
