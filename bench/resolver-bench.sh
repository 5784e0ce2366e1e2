#!/usr/bin/env bash
# Resolver 307 throughput: the application (whole stack, embedded PostgreSQL, one seeded batch)
# against nginx answering the same 307 from a static map, with the same load tool (wrk), the same
# connections and threads, alternating in one session. Prints each run and the medians.
#
#   bench/resolver-bench.sh            # RUNS=5 DURATION=10s CONNECTIONS=32 THREADS=2
#   APP_JAVA_OPTS=-Docop.traceability.resolver.fast-path.enabled=false bench/resolver-bench.sh
#                                      # every resolve through the controller (no fast path)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
DURATION=${DURATION:-10s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}

need() { command -v "$1" >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq "$2"; }; }
need wrk wrk
need nginx nginx-light

JAR=bench/target/bench-0.1.0-SNAPSHOT.jar
if [ ! -f "$JAR" ] || [ "${REBUILD:-0}" = 1 ]; then
    mvn -B -q -o -DskipTests -Dspotless.skip package -pl bench -am
fi

WORK=$(mktemp -d)
cleanup() {
    if [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null; then
        for _ in $(seq 1 20); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

# shellcheck disable=SC2086
java -Xmx1g ${APP_JAVA_OPTS:-} -cp "bench/target/lib/*:$JAR" vn.ocop.bench.ResolverBenchmark "$APP_PORT" "$WORK/target.tsv" \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    [ -s "$WORK/target.tsv" ] && break
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
    sleep 1
done
[ -s "$WORK/target.tsv" ] || { echo "application did not start"; tail -50 "$WORK/app.log"; exit 1; }
IFS=$'\t' read -r CODE_PATH LOCATION <"$WORK/target.tsv"
LINKSET="https://ocop.example.vn${CODE_PATH}?linkType=linkset"

cat >"$WORK/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK;
    proxy_temp_path $WORK;
    fastcgi_temp_path $WORK;
    uwsgi_temp_path $WORK;
    scgi_temp_path $WORK;
    map \$request_uri \$target {
        default "";
        "$CODE_PATH" "$LOCATION";
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location /01/ {
            add_header Link '<$LINKSET>; rel="linkset"; type="application/linkset+json"' always;
            add_header Access-Control-Allow-Origin '*' always;
            add_header Vary 'Accept, Accept-Language' always;
            if (\$target = "") { return 404; }
            return 307 \$target;
        }
    }
}
CONF
nginx -c "$WORK/nginx.conf"

check() {
    local status
    status=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$1")
    [ "$status" = "307 $LOCATION" ] || { echo "unexpected answer from $1: $status"; exit 1; }
}
check "http://127.0.0.1:$APP_PORT$CODE_PATH"
check "http://127.0.0.1:$NGINX_PORT$CODE_PATH"

rps() {
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$1" "$2" | awk '/Requests\/sec/ {print $2}'
}
echo "warm-up (not reported)"
rps 15s "http://127.0.0.1:$APP_PORT$CODE_PATH" >/dev/null
rps 5s "http://127.0.0.1:$NGINX_PORT$CODE_PATH" >/dev/null

APP_RUNS=()
NGINX_RUNS=()
printf '%-5s %14s %14s %8s\n' run app_req_s nginx_req_s ratio
for run in $(seq 1 "$RUNS"); do
    a=$(rps "$DURATION" "http://127.0.0.1:$APP_PORT$CODE_PATH")
    n=$(rps "$DURATION" "http://127.0.0.1:$NGINX_PORT$CODE_PATH")
    APP_RUNS+=("$a")
    NGINX_RUNS+=("$n")
    printf '%-5s %14s %14s %8.3f\n' "$run" "$a" "$n" "$(echo "$a / $n" | bc -l)"
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
ma=$(median "${APP_RUNS[@]}")
mn=$(median "${NGINX_RUNS[@]}")
printf '%-5s %14s %14s %8.3f\n' median "$ma" "$mn" "$(echo "$ma / $mn" | bc -l)"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $RUNS runs alternating, code $CODE_PATH"
