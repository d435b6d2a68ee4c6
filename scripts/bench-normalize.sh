#!/usr/bin/env bash
# Times normalizing alone, in one warm JVM (NormalizeBench), on the .csv rows scripts/bench.sh
# generated for ROWS: steadier than the whole job for judging a change to a parser.
#
#   scripts/bench-normalize.sh ROWS      e.g. 100000, after scripts/bench.sh 100000
#   PASSES=20 scripts/bench-normalize.sh ROWS
#
# Prints one line: rows=N normalize_us_per_row=x.x price_us_per_row=x.x trip_us_per_row=x.x (each the best pass).
set -euo pipefail

[[ $# -eq 1 && $1 =~ ^[1-9][0-9]{0,8}$ ]] || { echo "Usage: scripts/bench-normalize.sh ROWS" >&2; exit 2; }
cd "$(dirname "$0")/.."
offerings="target/bench/$1/input/offerings"
[[ -d $offerings ]] || { echo "No rows in $offerings: run scripts/bench.sh $1 first." >&2; exit 1; }

./mvnw -q -DskipTests package >&2
java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.cellcompare.bench.NormalizeBench "$offerings" "${PASSES:-10}"
