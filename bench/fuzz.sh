#!/usr/bin/env bash
# Runs the Jazzer fuzz targets one at a time, at low priority, and prints one result line each.
#
#   bench/fuzz.sh [runs] [max seconds per target] [targets...]
#
# Defaults: 10,000,000 executions, at most 600 s per target, all targets. A target stops at
# whichever limit comes first; the line says which. Run from the repository root after
#   mvn -B -q -DskipTests package -pl bench -am
# Work files go to bench/target/fuzz/<target>/ (corpus, crash inputs, full log).
set -euo pipefail

RUNS=${1:-10000000}
MAX_SECONDS=${2:-600}
shift $(( $# > 2 ? 2 : $# )) || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(digitallink vietqr epcis csv xlsx)
fi

ROOT=$(cd "$(dirname "$0")/.." && pwd)
CP="$ROOT/bench/target/lib/*:$ROOT/bench/target/bench-0.1.0-SNAPSHOT.jar"
WORK="$ROOT/bench/target/fuzz"
mkdir -p "$WORK/seeds"
java -cp "$CP" vn.ocop.bench.fuzz.FuzzSeeds "$WORK/seeds" "$ROOT" > /dev/null

target_class() {
    case "$1" in
        digitallink) echo vn.ocop.bench.fuzz.DigitalLinkFuzz ;;
        vietqr) echo vn.ocop.bench.fuzz.VietQrFuzz ;;
        epcis) echo vn.ocop.traceability.application.EpcisCaptureFuzz ;;
        csv) echo 'vn.ocop.catalog.importing.SpreadsheetImportFuzz$Csv' ;;
        xlsx) echo 'vn.ocop.catalog.importing.SpreadsheetImportFuzz$Xlsx' ;;
        *) echo "unknown target $1" >&2; exit 2 ;;
    esac
}

# Coverage feedback from the project's code only: instrumenting Jackson, networknt, POI and
# xmlbeans as well took longer than 9 minutes before the first execution on this shared box.
INCLUDES='vn.ocop.**'

printf '%-12s %12s %10s %10s %9s %s\n' target executions seconds exec/s findings stopped-by
for t in "${TARGETS[@]}"; do
    dir="$WORK/$t"
    mkdir -p "$dir/corpus" "$dir/crashes"
    log="$dir/jazzer.log"
    start=$(date +%s)
    set +e
    nice -n 15 java -Xmx1536m -XX:+UseParallelGC -cp "$CP" com.code_intelligence.jazzer.Jazzer \
        --target_class="$(target_class "$t")" \
        --instrumentation_includes="$INCLUDES" \
        --keep_going=20 \
        --reproducer_path="$dir/crashes" \
        -artifact_prefix="$dir/crashes/" \
        -runs="$RUNS" -max_total_time="$MAX_SECONDS" -rss_limit_mb=3072 -timeout=600 \
        -print_final_stats=1 \
        "$dir/corpus" "$WORK/seeds/$t" > "$log" 2>&1
    status=$?
    set -e
    end=$(date +%s)
    execs=$(grep -aoE 'stat::number_of_executed_units: *[0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$' || echo 0)
    seconds=$(( end - start ))
    findings=$(grep -acE '^== Java Exception|^== Java Assertion' "$log" || true)
    if [ "${execs:-0}" -ge "$RUNS" ]; then stopped="runs"; elif [ "$findings" -gt 0 ]; then stopped="findings(exit $status)"; else stopped="time(exit $status)"; fi
    rate=$(( seconds > 0 ? execs / seconds : execs ))
    printf '%-12s %12s %10s %10s %9s %s\n' "$t" "$execs" "$seconds" "$rate" "$findings" "$stopped"
done
