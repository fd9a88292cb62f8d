#!/usr/bin/env bash
# Measures the server as a user meets it: start of the JVM to the first answered request, then the latency of
# POST /api/recommendations for an example profile (after warm-up). Usage:
#   scripts/measure-server.sh [JDBC_URL] [profile.json] [requests]
# Needs target/smartpick.jar and curl. Figures go in docs/performance.md by hand.
set -euo pipefail
cd "$(dirname "$0")/.."
db="${1:-jdbc:h2:mem:measure}"
profile="${2:-examples/01-la-low-step2-us-md.json}"
requests="${3:-50}"
port=18431
body="$(mktemp)"
trap 'kill "$pid" 2>/dev/null || true; rm -f "$body"' EXIT
printf '{"profile": %s, "options": {}}' "$(cat "$profile")" > "$body"

start=$(date +%s%N)
java -jar target/smartpick.jar serve --port "$port" --db "$db" > /dev/null 2>&1 &
pid=$!
until curl -sf "localhost:$port/api/ready" > /dev/null; do sleep 0.02; done
echo "start to first ready response: $(( ($(date +%s%N) - start) / 1000000 )) ms"

first=$(curl -s -o /dev/null -w '%{time_total}' "localhost:$port/api/recommendations" \
  -H 'Content-Type: application/json' --data-binary @"$body")
echo "first recommendation (cold JVM): ${first} s"
for _ in $(seq 20); do
  curl -s -o /dev/null "localhost:$port/api/recommendations" -H 'Content-Type: application/json' \
    --data-binary @"$body"
done
for _ in $(seq "$requests"); do
  curl -s -o /dev/null -w '%{time_total}\n' "localhost:$port/api/recommendations" \
    -H 'Content-Type: application/json' --data-binary @"$body"
done | sort -n | awk '{ t[NR] = $1 } END {
  printf "warm recommendation over %d requests: median %.1f ms, 90th percentile %.1f ms\n",
    NR, t[int(NR / 2) + 1] * 1000, t[int(NR * 0.9)] * 1000 }'
