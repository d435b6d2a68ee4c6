#!/usr/bin/env bash
# Prepares a faster-starting CellCompare with Class Data Sharing (CDS): runs the shipped sample
# once to record the classes a run loads and stores them in target/cellcompare.jsa, then prints
# the command that starts with them. CDS needs classes in plain jars, which is how
# target/cellcompare.jar finds its libraries (target/lib/). Build first with ./mvnw package; run
# again after every build, since an archive only matches the jars it was made from.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/cellcompare.jar ]] || { echo "cds: build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
rm -f target/cellcompare.jsa
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java -XX:ArchiveClassesAtExit=target/cellcompare.jsa -jar target/cellcompare.jar \
    --input=input --output="$training" --month=2026-11 >/dev/null 2>&1
echo "cds: archive written; start CellCompare with:" >&2
echo "java -XX:SharedArchiveFile=target/cellcompare.jsa -XX:TieredStopAtLevel=1 -jar target/cellcompare.jar [options]"
