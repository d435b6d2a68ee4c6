#!/usr/bin/env bash
# Prepares a faster-starting CellCompare with Class Data Sharing (CDS): extracts the jar into
# target/app (Spring Boot's "efficient deployment" layout, which CDS needs), runs the shipped
# sample once to record the classes a run loads, and stores them in target/app/cellcompare.jsa.
# Then start runs with the command it prints. Build first with ./mvnw package; run again after
# every build, since an archive only matches the jar it was made from.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f target/cellcompare.jar ]] || { echo "cds: build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
rm -rf target/app
java -Djarmode=tools -jar target/cellcompare.jar extract --destination target/app >/dev/null
training=$(mktemp -d)
trap 'rm -rf "$training"' EXIT
java -XX:ArchiveClassesAtExit=target/app/cellcompare.jsa -jar target/app/cellcompare.jar \
    --input=input --output="$training" --month=2026-11 >/dev/null 2>&1
echo "cds: archive written; start CellCompare with:" >&2
echo "java -XX:SharedArchiveFile=target/app/cellcompare.jsa -XX:TieredStopAtLevel=1 -jar target/app/cellcompare.jar [options]"
