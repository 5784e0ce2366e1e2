#!/usr/bin/env bash
# Issue 7: app start to ready (goal <= 3 s) and the app's RSS under the search load (goal <= 400 MB),
# on the national dataset.
#
#   mvn -B -q -DskipTests -Dspotless.skip package   # the app jar, its CDS archive, the bench jar
#   bash bench/start-rss.sh [starts=5] [requests per query=2000, 0: starts only]
#   APP_JAVA_OPTS='-Xmx256m' bash bench/start-rss.sh   # other JVM options for the app
#   APP_JAVA_OPTS= bash bench/start-rss.sh               # the JVM's defaults (G1)
#   APP_CDS=none bash bench/start-rss.sh   # without the class-data-sharing archive
#
# The app is started with the README's command: java -XX:+UseSerialGC -Xms64m
# -XX:SharedArchiveFile=<archive> -jar <jar>, from the repository root (the archive only matches
# that class path); APP_JAVA_OPTS replaces the first two options.
#
# 1. writes the national dataset (NationalDataset, seed 20261122) into a fresh data directory;
# 2. starts the app jar on it `starts` times as a user would (`java -jar`, embedded PostgreSQL
#    started by the app), reading "ready in N ms" (JVM uptime at ServerStartupEvent) and the wall
#    time from launch until /health answers 200; stops it with SIGTERM each time;
# 3. starts it once more, rebuilds the search index through the office endpoint, then runs the
#    search load (ab, 32 keep-alive connections, a mix of no-tone, toned, filtered and browse
#    queries one after another) while sampling the JVM's VmRSS every 0.2 s. The embedded
#    PostgreSQL runs in its own processes; their RSS is reported separately.
set -euo pipefail
cd "$(dirname "$0")/.."
starts=${1:-5}
requests=${2:-2000}
port=18480
jar=storefront/target/ocop-market.jar
cds=${APP_CDS:-storefront/target/ocop-market.jsa}
cds_opt=
if [ "$cds" != none ]; then
    [ -f "$cds" ] || { echo "no CDS archive $cds: build with mvn package, or APP_CDS=none"; exit 1; }
    cds_opt="-XX:SharedArchiveFile=$cds"
fi
cp="bench/target/lib/*:bench/target/bench-0.1.0-SNAPSHOT.jar"
data=$(mktemp -d /tmp/ocop-start-rss.XXXXXX)
out=bench/target/start-rss
mkdir -p "$out"
export OCOP_ADMIN_EMAIL=bench@ocop.local OCOP_ADMIN_PASSWORD=bench-password-1
export OCOP_DATA_DIR="$data" OCOP_PORT=$port OCOP_CATALOG_EXPIRY_JOB_INTERVAL=1h

echo "writing the national dataset into $data"
java -Xmx2g -cp "$cp" vn.ocop.bench.NationalDataset 20261122 "$data" > "$out/dataset.log" 2>&1
grep -o 'Counts\[.*written in [0-9.]* s' "$out/dataset.log"

start_app() {
    # shellcheck disable=SC2086 # the options are words
    java ${APP_JAVA_OPTS--XX:+UseSerialGC -Xms64m} $cds_opt -jar "$jar" > "$out/app-$1.log" 2>&1 &
    pid=$!
    local launched
    launched=$(date +%s%N)
    until curl -sf -o /dev/null "http://127.0.0.1:$port/health"; do
        kill -0 "$pid" 2>/dev/null || { echo "app exited, see $out/app-$1.log"; exit 1; }
        sleep 0.05
    done
    wall_ms=$(( ($(date +%s%N) - launched) / 1000000 ))
    ready_ms=$(grep -o 'ready in [0-9]* ms' "$out/app-$1.log" | grep -o '[0-9]*' | tail -1)
}

stop_app() {
    kill -TERM "$pid"
    wait "$pid" || true
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

: > "$out/starts.txt"
for i in $(seq 1 "$starts"); do
    start_app "$i"
    echo "start $i: ready in $ready_ms ms (JVM uptime), /health after $wall_ms ms; load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/starts.txt"
    stop_app
done
echo "median ready: $(awk '{print $5}' "$out/starts.txt" | median) ms; median /health: $(awk '{print $11}' "$out/starts.txt" | median) ms"
if [ "$requests" = 0 ]; then
    rm -rf "$data"
    exit 0
fi

start_app load
rss_idle=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
token=$(curl -sf -H 'Content-Type: application/json' \
    -d "{\"identifier\":\"$OCOP_ADMIN_EMAIL\",\"password\":\"$OCOP_ADMIN_PASSWORD\"}" \
    "http://127.0.0.1:$port/api/v1/auth/token" | jq -r .access_token)
job=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d '{}' \
    "http://127.0.0.1:$port/api/v1/office/search/reindex" | jq -r .id)
until [ "$(curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/office/search/reindex/$job" | jq -r .state)" = DONE ]; do
    sleep 1
done
echo "search index rebuilt; JVM RSS before the load: $((rss_idle / 1024)) MiB"

( while kill -0 "$pid" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null; sleep 0.2; done ) > "$out/rss.txt" &
sampler=$!
for q in 'q=nuoc+mam' 'q=n%C6%B0%E1%BB%9Bc+m%E1%BA%AFm' 'q=che+thai+nguyen&minStars=4' 'q=mat+ong&priceMax=300000' \
         'group=FOOD&sort=PRICE_ASC' 'q=gao+st25' 'q=nuoc+mamm'; do
    ab -q -k -c 32 -n "$requests" "http://127.0.0.1:$port/api/v1/products?$q" \
        | grep -E 'Requests per second|Failed requests|Non-2xx' | awk -v q="$q" '{print "  " q ": " $0}'
done
rss_peak=$(sort -n "$out/rss.txt" | tail -1)
rss_median=$(median < "$out/rss.txt")
postmaster=$(pgrep -f -- "$data/postgres" | head -1 || true)
pg_rss=0
if [ -n "$postmaster" ]; then
    pg_rss=$( (ps -o rss= -p "$postmaster"; ps -o rss= --ppid "$postmaster") | awk '{s+=$1} END {print s+0}')
fi
echo "JVM RSS under the search load: median $((rss_median / 1024)) MiB, peak $((rss_peak / 1024)) MiB ($(wc -l < "$out/rss.txt") samples)"
echo "embedded PostgreSQL processes, RSS sum at the end: $((pg_rss / 1024)) MiB"
stop_app
kill "$sampler" 2>/dev/null || true
rm -rf "$data"
