#!/usr/bin/env bash
# Labels benchmark (issue 5): UPR Info's export split by session (1-12 to learn from, 13-16 to
# judge on), scored by `rightstrack classify eval` and by two peers on the same split, the
# fastText command line with default settings and scikit-learn's LinearSVC on TF-IDF
# (bench/classify/peers.py), printed side by side. The first argument is the rightstrack binary.
set -euo pipefail

binary=$(realpath "${1:?usage: bench/classify.sh path/to/rightstrack}")
here=$(dirname "$0")
data=${RIGHTSTRACK_SHARED_DATA:-$here/../../shared/data}
csv="$data/upr-info/recommendations_sessions_01-16.csv"
if [[ ! -f $csv ]]; then
  echo "labels benchmark skipped: $csv not found"
  exit 0
fi
for tool in fasttext /usr/bin/python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "labels benchmark: $tool missing (scripts/install-bench-deps.sh installs it)" >&2
    exit 1
  fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 - "$csv" "$work" <<'PYTHON'
import csv, sys
source, work = sys.argv[1], sys.argv[2]
with open(source, newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    header = next(reader)
    session = header.index("session")
    train = csv.writer(open(f"{work}/sessions-01-12.csv", "w", newline="", encoding="utf-8"))
    test = csv.writer(open(f"{work}/sessions-13-16.csv", "w", newline="", encoding="utf-8"))
    train.writerow(header)
    test.writerow(header)
    for row in reader:
        (train if int(row[session]) <= 12 else test).writerow(row)
PYTHON

"$binary" classify eval --train "$work/sessions-01-12.csv" --test "$work/sessions-13-16.csv" \
  --json >"$work/ours.json"
/usr/bin/python3 "$here/classify/peers.py" "$work/sessions-01-12.csv" \
  "$work/sessions-13-16.csv" >"$work/peers.jsonl"

/usr/bin/python3 - "$work/ours.json" "$work/peers.jsonl" <<'PYTHON'
import json, sys
ours = json.load(open(sys.argv[1]))
rows = [("rightstrack classify eval", ours["issues"], ours["action_category"],
         ours["train"]["seconds"])]
for line in open(sys.argv[2]):
    peer = json.loads(line)
    rows.append((peer["method"], peer["issues"], peer["action_category"], peer["train_seconds"]))
print(f"{'method':<66} {'issues micro':>12} {'macro':>6} {'category acc':>12} {'macro':>6} "
      f"{'train s':>7}")
for name, issues, category, seconds in rows:
    print(f"{name:<66} {issues['micro_f1']:>12.4f} {issues['macro_f1']:>6.4f} "
          f"{category['accuracy']:>12.4f} {category['macro_f1']:>6.4f} {seconds:>7.1f}")
PYTHON
