#!/usr/bin/env bash
# Kills runs with SIGKILL in the middle of reading a large file and resumes each one, to catch what
# a kill can leave in the database: a loss that shows up once in ten or twenty kills, too rarely
# for a test in every build (CrashRecoveryTests kills one run per build).
#
#   scripts/kill-resume.sh ROUNDS
#
# Each round starts the jar on the sample plus 15,000 generated rows in chunks of 200, kills it
# once progress shows 2,000 to 2,999 rows of the generated file, and runs the same command again.
# A round passes when the resumed run writes its workbook and its Summary matches a run that was
# never stopped. A failed round keeps its folder, with the database as the kill left it (state-after-kill).
# stdout gets one line: rounds=N resumed=N failed=N rebuilt=N, the last being the rounds whose
# resumed run found the history never closed and rebuilt it first.
set -euo pipefail

[[ $# -eq 1 && $1 =~ ^[1-9][0-9]*$ ]] || { echo "Usage: scripts/kill-resume.sh ROUNDS" >&2; exit 2; }
rounds=$1
progress() { echo "kill-resume: $*" >&2; }

cd "$(dirname "$0")/.."
repo=$(pwd)
progress "building (./mvnw -q -DskipTests package)"
./mvnw -q -DskipTests package >&2
classpath="$repo/target/test-classes:$(cat target/test-classpath.txt)"

work="$repo/target/kill-resume"
rm -rf "$work"
mkdir -p "$work"
cp -r input "$work/input"
java -cp "$classpath" org.cellcompare.bench.KillResumeFiles generate "$work/input/offerings/generated.csv" 15000 42

# exec, so that the background run's pid is the JVM's own.
run() {
    exec java -Xmx512m @src/dist/jvm.options -jar target/cellcompare.jar --input="$work/input" --month=2026-11 \
        --cellcompare.ingest.chunk-size=200 --cellcompare.ingest.progress-seconds=0 "$@"
}
summary() {
    java -cp "$classpath" org.cellcompare.bench.KillResumeFiles summary "$1"
}

progress "a run that is never stopped, for reference"
(run --output="$work/reference") >"$work/reference.log" 2>&1
summary "$work/reference/cellcompare-2026-11.xlsx" >"$work/reference-summary.txt"

resumed=0
failed=0
rebuilt=0
for round in $(seq 1 "$rounds"); do
    out="$work/round-$round"
    mkdir -p "$out"
    run --output="$out" >"$out/killed.log" 2>&1 &
    pid=$!
    while kill -0 "$pid" 2>/dev/null && ! grep -qsE 'generated\.csv 2,[0-9]{3}' "$out/killed.log"; do
        sleep 0.05
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if grep -q "Workbook written" "$out/killed.log"; then
        progress "round $round: the run finished before it could be killed; see $out/killed.log"
        failed=$((failed + 1))
        continue
    fi
    cp -r "$out/.cellcompare" "$out/state-after-kill"
    if (run --output="$out" --debug) >"$out/resumed.log" 2>&1 \
            && summary "$out/cellcompare-2026-11.xlsx" | cmp -s - "$work/reference-summary.txt"; then
        resumed=$((resumed + 1))
        if grep -qiE 'rebuil' "$out/resumed.log"; then
            rebuilt=$((rebuilt + 1))
            progress "round $round: resumed to the reference workbook, after rebuilding the history"
        else
            progress "round $round: resumed to the reference workbook"
        fi
        rm -rf "$out"
    else
        failed=$((failed + 1))
        progress "round $round: FAILED, see $out ($(grep -m1 -oE 'rows do not add up.{0,100}|ERROR.{0,100}' "$out/resumed.log" || true))"
    fi
done
echo "rounds=$rounds resumed=$resumed failed=$failed rebuilt=$rebuilt"
[[ $failed -eq 0 ]]
