#!/usr/bin/env bash
# Runs the JMH benchmarks (src/test/java/org/smartpick/bench) on this machine; results go to docs/performance.md
# by hand. Usage: scripts/bench.sh [JMH options, e.g. ScoringBenchmark -f 1 -wi 3 -i 5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.openjdk.jmh.Main "${@:--f 1 -wi 3 -i 5}"
