#!/usr/bin/env bash
# Times CellCompare as a user runs it against two floors, so a change can be judged by how far the
# job sits above them rather than by a bare number that depends on the machine:
#   the streaming floor (StreamingFloor): read the same files, sort, write two sheets; no Spring;
#   the start-up floor (StartupFloor): an empty Spring Boot + Batch + H2-file job.
#
#   scripts/bench.sh ROWS      ROWS generated offering rows (5 .xlsx + 5 .csv, made once per ROWS)
#   scripts/bench.sh sample    the repository's input/ folder
#   RUNS=3 scripts/bench.sh …  run each program three times and keep the best time
#
# Progress goes to stderr; stdout gets one line:
#   rows=N job_s=x.xx floor_s=x.xx job/floor=x.xx startup_s=x.xx peak_rss_mb=N
# peak_rss_mb is the job's largest resident set over its runs. The job runs from the download's
# launcher, with -Xmx512m added, as a user's does. Everything
# lands in target/bench/
set -euo pipefail

usage() {
    echo "Usage: scripts/bench.sh ROWS|sample   (RUNS=n to repeat each timing and keep the best)" >&2
    exit 2
}
progress() { echo "bench: $*" >&2; }
# shellcheck source=scripts/timed.sh
source "$(dirname "$0")/timed.sh"

[[ $# -eq 1 ]] || usage
[[ $1 == sample || $1 =~ ^[1-9][0-9]{0,8}$ ]] || usage
runs=${RUNS:-1}
[[ $runs =~ ^[1-9][0-9]*$ ]] || usage
month=2026-11

cd "$(dirname "$0")/.."
repo=$(pwd)

progress "building (./mvnw -q -DskipTests package)"
./mvnw -q -DskipTests package >&2
classpath="$repo/target/test-classes:$(cat target/test-classpath.txt)"

bench="$repo/target/bench/$1"
if [[ $1 == sample ]]; then
    input="$repo/input"
    rows=
else
    rows=$1
    input="$bench/input"
    # The generator's source is part of the marker, so a changed generator makes fresh files.
    marker="$bench/generated"
    want="$rows $(sha1sum src/bench/java/org/cellcompare/bench/BenchmarkOfferings.java | cut -d' ' -f1)"
    if [[ -f $marker && $(cat "$marker") == "$want" ]]; then
        progress "reusing the $rows rows in $input/offerings"
    else
        rm -rf "$input" "$marker"
        mkdir -p "$input"
        progress "generating $rows rows into $input/offerings"
        start=$(date +%s.%N)
        java -cp "$classpath" org.cellcompare.bench.BenchmarkOfferings "$input/offerings" "$rows" input/registry/ctg-studies.csv
        progress "generated in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }') s"
        echo "$want" >"$marker"
    fi
    rm -rf "$input/rates" "$input/registry" "$input/travel"
    cp -r input/rates input/registry input/travel "$input/"
fi

# The job runs from the download, by its launcher, as a user runs it. Its first run writes the class
# data archive that later runs map; a month's first run is not what users wait for every month.
download="$repo/target/bench/download"
rm -rf "$download"
mkdir -p "$download"
unzip -q "$(ls target/cellcompare-*.zip | head -n 1)" -d "$download"
progress "a first run of the download on the sample, which writes its class data archive"
"$download/cellcompare" --month="$month" --output="$download/first-run" >"$download/first-run.log" 2>&1
export CELLCOMPARE_JAVA_OPTS=-Xmx512m

# best CURRENT NEW: the smaller of two times
best() { awk -v a="$1" -v b="$2" 'BEGIN { print (a == "" || b < a) ? b : a }'; }

runs_dir="$bench/runs"
rm -rf "$runs_dir"
mkdir -p "$runs_dir"
job_s= floor_s= startup_s= peak_kb=0
for run in $(seq 1 "$runs"); do
    out="$runs_dir/job-$run"
    mkdir -p "$out"
    progress "run $run/$runs: the job (CELLCOMPARE_JAVA_OPTS=-Xmx512m cellcompare --month=$month, from the download)"
    timed job "$runs_dir/job-$run.log" "$download/cellcompare" \
        --input="$input" --output="$out" --month="$month"
    job_s=$(best "$job_s" "$elapsed")
    peak_kb=$((rss_kb > peak_kb ? rss_kb : peak_kb))
    progress "  $elapsed s, peak RSS $(((rss_kb + 512) / 1024)) MB"

    progress "run $run/$runs: the streaming floor"
    mkdir -p "$runs_dir/floor-$run"
    timed floor "$runs_dir/floor-$run.log" java -Xmx1g -cp "$classpath" org.cellcompare.bench.StreamingFloor \
        "$input/offerings" "$runs_dir/floor-$run/floor.xlsx"
    floor_s=$(best "$floor_s" "$elapsed")
    progress "  $elapsed s"

    progress "run $run/$runs: the start-up floor"
    mkdir -p "$runs_dir/startup-$run"
    timed startup "$runs_dir/startup-$run.log" java -cp "$classpath" org.cellcompare.bench.StartupFloor "$runs_dir/startup-$run"
    startup_s=$(best "$startup_s" "$elapsed")
    progress "  $elapsed s"
done

# The job's own count: for the sample there is no other, and for generated rows it must agree.
read_by_job=$(sed -n 's/.*All files: \([0-9]*\) rows read.*/\1/p' "$runs_dir/job-1.log" | tail -n 1)
if [[ -z $rows ]]; then
    [[ -n $read_by_job ]] || { progress "no 'All files: N rows read' line in $runs_dir/job-1.log"; exit 1; }
    rows=$read_by_job
elif [[ $read_by_job != "$rows" ]]; then
    progress "note: the job says it read ${read_by_job:-?} rows, $rows were generated"
fi

awk -v rows="$rows" -v job="$job_s" -v floor="$floor_s" -v startup="$startup_s" -v kb="$peak_kb" 'BEGIN {
    printf "rows=%d job_s=%.2f floor_s=%.2f job/floor=%.2f startup_s=%.2f peak_rss_mb=%d\n",
        rows, job, floor, (floor > 0 ? job / floor : 0), startup, kb / 1024 + 0.5
}'
