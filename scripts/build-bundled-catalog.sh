#!/usr/bin/env bash
# Rebuilds src/main/resources/catalog/starter-catalog.csv, the bundled catalog (docs/data.md, "The bundled
# catalog"): the identity facts of every listed program of California, Nevada, Arizona and Oregon in the
# ERAS lists and Residency Explorer exports of ../shared/data, merged with the hand-written rows of
# scripts/hand-written-programs.csv. No statistics leave ../shared/data.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${SMARTPICK_SHARED_DATA:-../shared/data}
[ -f target/smartpick.jar ] || ./mvnw -B -q package -DskipTests
java -jar target/smartpick.jar catalog identities \
  --residency-explorer "$data/residency-explorer-2021/exports" \
  --eras "$data/eras-2021/lists" \
  --states CA,NV,AZ,OR \
  --keep scripts/hand-written-programs.csv \
  --out src/main/resources/catalog/starter-catalog.csv
