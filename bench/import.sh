#!/usr/bin/env bash
# Import benchmark (issue 2): `rightstrack import` of UPR Info's 30,261-row export into an empty
# database against the sqlite3 shell's `.import` of the same file into a plain table, in one run
# with the two interleaved. Prints the medians of wall time and their ratio (goal: at most 3),
# the peak memory of the rightstrack import (goal: under 200 MB) and, when valgrind is present,
# the ratio of instructions executed, which unlike time does not depend on the machine's load.
set -euo pipefail

binary=$(realpath "${1:?usage: bench/import.sh path/to/rightstrack}")
data=${RIGHTSTRACK_SHARED_DATA:-$(dirname "$0")/../../shared/data}
csv=$(realpath -m "$data/upr-info/recommendations_sessions_01-16.csv")
runs=${RUNS:-21}
if [[ ! -f $csv ]]; then
  echo "import benchmark skipped: $csv not found"
  exit 0
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

now_ns() { date +%s%N; }

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

run_sqlite3() {
  sqlite3 "$scratch/plain.db" ".mode csv" ".import '$csv' recommendations"
}

: >"$scratch/rightstrack.ms"
: >"$scratch/sqlite3.ms"
: >"$scratch/rss.kb"
for ((i = 0; i < runs; i++)); do
  rm -f "$scratch"/*.db*
  start=$(now_ns)
  /usr/bin/time -f %M -o "$scratch/rss" "$binary" import "$csv" --db "$scratch/rightstrack.db" >/dev/null
  echo $(( ($(now_ns) - start) / 1000 )) >>"$scratch/rightstrack.ms"
  cat "$scratch/rss" >>"$scratch/rss.kb"
  start=$(now_ns)
  run_sqlite3
  echo $(( ($(now_ns) - start) / 1000 )) >>"$scratch/sqlite3.ms"
done

ours=$(median <"$scratch/rightstrack.ms")
theirs=$(median <"$scratch/sqlite3.ms")
peak_kb=$(sort -n "$scratch/rss.kb" | tail -1)
rows=$(sqlite3 "$scratch/plain.db" "SELECT count(*) FROM recommendations")
stored=$("$binary" stats --db "$scratch/rightstrack.db" --json | awk -F'[:,]' '/"recommendations"/ { gsub(/ /, "", $2); print $2 }')

ratio=$(awk -v a="$ours" -v b="$theirs" 'BEGIN { printf "%.2f", a / b }')
printf 'import of %s rows (%s recommendations after merging), median of %d interleaved runs\n' \
  "$rows" "$stored" "$runs"
printf '  %-34s %8.1f ms\n' "rightstrack import" "$(awk -v t="$ours" 'BEGIN { print t / 1000 }')"
printf '  %-34s %8.1f ms\n' "sqlite3 .import (plain table)" "$(awk -v t="$theirs" 'BEGIN { print t / 1000 }')"
printf '  time ratio rightstrack / sqlite3:  %s   (goal <= 3)\n' "$ratio"
printf '  peak memory of rightstrack import: %.1f MB   (goal < 200)\n' "$(awk -v k="$peak_kb" 'BEGIN { print k / 1024 }')"

status=0
awk -v r="$ratio" 'BEGIN { exit !(r <= 3) }' || status=1
(( peak_kb < 200 * 1024 )) || status=1

if command -v valgrind >/dev/null; then
  count_instructions() {
    rm -f "$scratch"/*.db* "$scratch/callgrind.out"
    valgrind --tool=callgrind --callgrind-out-file="$scratch/callgrind.out" "$@" >/dev/null 2>"$scratch/valgrind.log"
    awk '/^summary:/ { print $2 }' "$scratch/callgrind.out"
  }
  ours_ir=$(count_instructions "$binary" import "$csv" --db "$scratch/rightstrack.db")
  theirs_ir=$(count_instructions sqlite3 "$scratch/plain.db" ".mode csv" ".import '$csv' recommendations")
  printf '  instructions: rightstrack %s, sqlite3 %s, ratio %s\n' "$ours_ir" "$theirs_ir" \
    "$(awk -v a="$ours_ir" -v b="$theirs_ir" 'BEGIN { printf "%.2f", a / b }')"
fi

if ((status)); then
  echo "import benchmark: a goal was missed"
fi
exit $status
