#!/usr/bin/env bash
# Times a month that has a month before it in the run history, as every month after a network's
# first has: the Changes sheet then compares the two. Runs the job on the rows scripts/bench.sh
# generated for ROWS twice into one output folder, for 2026-10 and then 2026-11.
#
#   scripts/bench-history.sh ROWS      e.g. 100000, after scripts/bench.sh 100000
#
# Prints one line: rows=N first_month_s=x.xx second_month_s=x.xx changes=N peak_rss_mb=N
# (changes: the rows of the second month's Changes sheet; peak RSS over both runs, both JVMs of each).
set -euo pipefail

[[ $# -eq 1 && $1 =~ ^[1-9][0-9]{0,8}$ ]] || { echo "Usage: scripts/bench-history.sh ROWS" >&2; exit 2; }
cd "$(dirname "$0")/.."
# shellcheck source=scripts/timed.sh
source scripts/timed.sh
input="target/bench/$1/input"
[[ -d $input/offerings ]] || { echo "No rows in $input/offerings: run scripts/bench.sh $1 first." >&2; exit 1; }

./mvnw -q -DskipTests package >&2
out="target/bench/$1/history"
rm -rf "$out"
mkdir -p "$out"
peak_kb=0
declare -A seconds
for month in 2026-10 2026-11; do
    echo "bench: the job for $month (java -Xmx512m -jar target/cellcompare.jar)" >&2
    timed "the job for $month" "$out/$month.log" java -Xmx512m -jar target/cellcompare.jar \
        --input="$input" --output="$out" --month="$month"
    seconds[$month]=$elapsed
    peak_kb=$((rss_kb > peak_kb ? rss_kb : peak_kb))
done
changes=$(sed -n 's/.*Changes since 2026-10: \([0-9,]*\).*/\1/p' "$out/2026-11.log" | head -n 1)
echo "rows=$1 first_month_s=${seconds[2026-10]} second_month_s=${seconds[2026-11]} changes=${changes:-?} peak_rss_mb=$(((peak_kb + 512) / 1024))"
