#!/usr/bin/env bash
# PDF import benchmark (issue 3): `rightstrack import` of the 192 first-cycle UPR Working Group
# reports in ../shared/data into an empty database, median of three runs (goal: at most 30 s on
# the project's 2-core machine). Prints how many files were imported and how many refused.
set -euo pipefail

binary=$(realpath "${1:?usage: bench/pdf-import.sh path/to/rightstrack}")
data=${RIGHTSTRACK_SHARED_DATA:-$(dirname "$0")/../../shared/data}
folder=$(realpath -m "$data/un-reports/upr-wg-cycle1")
runs=${RUNS:-3}
if [[ ! -d $folder ]]; then
  echo "PDF import benchmark skipped: $folder not found"
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
files=("$folder"/*.pdf)

: >"$scratch/seconds"
for ((i = 0; i < runs; i++)); do
  rm -f "$scratch"/*.db*
  start=$(date +%s%N)
  "$binary" import "${files[@]}" --db "$scratch/reports.db" --json >"$scratch/result.json" 2>/dev/null || true
  echo $(( ($(date +%s%N) - start) / 1000000 )) >>"$scratch/seconds"
done

median=$(sort -n "$scratch/seconds" | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')
imported=$(grep -c '"status": "imported"' "$scratch/result.json" || true)
failed=$(grep -c '"status": "failed"' "$scratch/result.json" || true)
stored=$("$binary" stats --db "$scratch/reports.db" --json | awk -F'[:,]' '/"recommendations"/ { gsub(/ /, "", $2); print $2 }')
printf 'import of %d PDF reports, median of %d runs: %.1f s   (goal <= 30 s)\n' \
  "${#files[@]}" "$runs" "$(awk -v ms="$median" 'BEGIN { print ms / 1000 }')"
printf '  %s files imported, %s refused, %s recommendations stored\n' "$imported" "$failed" "$stored"
(( median <= 30000 ))
