#!/usr/bin/env bash
# Search benchmark (issue 4): search-bench over real recommendation texts scaled to DOCS
# documents (default 30,000; 1,000,000 for the issue's goals), QUERIES queries, against SQLite
# FTS5, PostgreSQL and Xapian, with every count checked against a brute-force reference. The
# first argument is the rightstrack binary; search-bench is beside it under bench/.
set -euo pipefail

binary=$(realpath "${1:?usage: bench/search.sh path/to/rightstrack}")
search_bench=$(dirname "$binary")/bench/search-bench
data=${RIGHTSTRACK_SHARED_DATA:-$(dirname "$0")/../../shared/data}
csv="$data/upr-info/recommendations_sessions_01-16.csv"
if [[ ! -f $csv ]]; then
  echo "search benchmark skipped: $csv not found"
  exit 0
fi
if [[ ! -x $search_bench ]]; then
  echo "search benchmark: $search_bench not built (configure with -DRIGHTSTRACK_BENCH=ON)" >&2
  exit 1
fi

for docs in ${DOCS:-30000}; do
  RIGHTSTRACK_SHARED_DATA=$data "$search_bench" --docs "$docs" --queries "${QUERIES:-1000}" \
    --engines "${ENGINES:-reference,rightstrack,sqlite,postgres,xapian}" --store-build \
    --plot "$(dirname "$0")/results/search-latency-$docs.svg"
done
