#!/usr/bin/env bash
# Load on the server as issue 16 measures it: GET /api/health and POST /api/recommendations (an example profile,
# default options) at 1, 8 and 32 closed-loop clients, each run after a warm-up, on the same server in one run; the
# server's RSS after each run; all once the market seasons the server makes at its start are made. With --soak
# SECONDS, afterwards 8 clients for that long, RSS every 30 s.
# Usage: scripts/load-server.sh [--soak SECONDS] [JDBC_URL] [profile.json] [seconds per run]
# Needs target/smartpick.jar (./mvnw -B package) and the test classes (scripts/bench.sh builds them).
set -euo pipefail
cd "$(dirname "$0")/.."
soak=0
if [[ "${1:-}" == "--soak" ]]; then soak="$2"; shift 2; fi
db="${1:-jdbc:h2:mem:load}"
profile="${2:-examples/01-la-low-step2-us-md.json}"
seconds="${3:-15}"
port=18432
body="$(mktemp)"
trap 'kill "$pid" 2>/dev/null || true; rm -f "$body"' EXIT
printf '{"profile": %s, "options": {}}' "$(cat "$profile")" > "$body"
[[ -f target/test-classpath.txt ]] || ./mvnw -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

java -jar target/smartpick.jar serve --port "$port" --db "$db" > /dev/null 2>&1 &
pid=$!
until curl -sf "localhost:$port/api/ready" > /dev/null; do sleep 0.05; done
# the market seasons made at the start take a core for a minute or two on the national catalog: measure after them
waited=0
while curl -sf "localhost:$port/api/ready" | grep -q '"preparing"' && (( waited < 600 )); do
  sleep 1; waited=$((waited + 1))
done
echo "market seasons made in the background: waited ${waited} s"
rss() { awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$pid/status"; }
load() { java -cp "$cp" org.smartpick.bench.ServerLoad "http://localhost:$port" "$@"; }
echo "server ready, RSS $(rss)"
for clients in 1 8 32; do
  echo "$(load /api/health - "$clients" "$seconds" 3) rss=$(rss)"
  echo "$(load /api/recommendations "$body" "$clients" "$seconds" 5) rss=$(rss)"
done
if (( soak > 0 )); then
  load /api/recommendations "$body" 8 "$soak" 5 > /tmp/smartpick-soak.txt &
  loader=$!
  for (( t = 30; t <= soak; t += 30 )); do sleep 30; echo "soak ${t} s: RSS $(rss)"; done
  wait "$loader"
  echo "soak: $(cat /tmp/smartpick-soak.txt)"
fi
