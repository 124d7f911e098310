#!/usr/bin/env bash
# Web benchmark (issue 7): `rightstrack serve` over DOCS recommendations (default 1,000,000:
# real texts scaled by search-bench), loaded by wrk with 64 connections on /api/v1/search, and
# nginx serving a static file of the median answer's size on the same machine: the ceiling for
# requests per second. Two workloads: 1,000 queries repeated (a portal's popular searches) and
# 150,000 distinct ones for each run (every search new to the server). Each run RUNS times,
# medians printed with the ratio to nginx. The first argument is the rightstrack binary; search-bench is beside it.
set -euo pipefail

binary=$(realpath "${1:?usage: bench/web.sh path/to/rightstrack}")
here=$(cd "$(dirname "$0")" && pwd)
search_bench=$(dirname "$binary")/bench/search-bench
data=${RIGHTSTRACK_SHARED_DATA:-$here/../../shared/data}
csv="$data/upr-info/recommendations_sessions_01-16.csv"
docs=${DOCS:-1000000}
runs=${RUNS:-3}
duration=${DURATION:-20}
connections=64
if [[ ! -f $csv ]]; then
  echo "web benchmark skipped: $csv not found"
  exit 0
fi
for tool in wrk nginx; do
  if ! command -v $tool >/dev/null && [[ ! -x /usr/sbin/$tool ]]; then
    echo "web benchmark: $tool missing (scripts/install-bench-deps.sh installs it)" >&2
    exit 1
  fi
done

work=$(mktemp -d /tmp/web-bench-XXXXXX)
chmod 0711 "$work"  # nginx's workers run as another user when started as root.
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_for() {  # URL: until it answers, at most two minutes
  for _ in $(seq 240); do
    curl -sf -o /dev/null "$1" && return 0
    sleep 0.5
  done
  echo "web benchmark: $1 never answered" >&2
  exit 1
}

echo "building a store of $docs recommendations..."
RIGHTSTRACK_SHARED_DATA=$data "$search_bench" --docs "$docs" --queries 1 --engines reference \
  --keep-store "$work/rightstrack.db" >/dev/null

port=$(free_port)
"$binary" serve --db "$work/rightstrack.db" --port "$port" 2>"$work/serve.log" &
pids+=($!)
wait_for "http://127.0.0.1:$port/healthz"
python3 "$here/web/queries.py" "$csv" "http://127.0.0.1:$port" 1000 "$work/repeated.txt"
# Distinct queries: a slice of its own for each run, larger than a run asks for, so that no run
# repeats a query the server has answered (and may hold in its answer cache).
python3 "$here/web/queries.py" "$csv" "http://127.0.0.1:$port" $((150000 * runs)) \
  "$work/distinct.txt"
split -n "l/$runs" -d -a 2 "$work/distinct.txt" "$work/distinct-"

# nginx serves the answer of median size among the first hundred queries.
mkdir -p "$work/nginx/html" "$work/nginx/logs"
for path in $(head -100 "$work/repeated.txt"); do
  curl -s -o "$work/answer" -w '%{size_download}\n' "http://127.0.0.1:$port$path" >/dev/null
  echo "$(stat -c %s "$work/answer") $path"
done | sort -n | sed -n 50p | cut -d' ' -f2 >"$work/median-path"
curl -s -o "$work/nginx/html/answer.json" "http://127.0.0.1:$port$(cat "$work/median-path")"
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log $work/nginx/logs/access.log;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx/html;
  }
}
CONF
/usr/sbin/nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" -g 'daemon off;' &
pids+=($!)
echo "/answer.json" >"$work/static.txt"
wait_for "http://127.0.0.1:$nginx_port/answer.json"

median() {  # COLUMN of the RESULT lines in FILE
  cut -d' ' -f"$1" "$2" | sort -n | sed -n "$(((runs + 1) / 2))p"
}

load() {  # PORT PATHS...: RUNS wrk runs, run i on the i-th file of PATHS (the last one when
          # there are fewer); prints the median p50 (ms), p99 (ms), requests/s, and the answers
          # slower than 2 s in all runs
  local port=$1 results=$work/results
  shift
  local files=("$@")
  : >"$results"
  for run in $(seq 0 $((runs - 1))); do
    local file=${files[$((run < ${#files[@]} ? run : ${#files[@]} - 1))]}
    WRK_PATHS=$file wrk -t2 -c$connections -d"${duration}s" --latency -s "$here/web/paths.lua" \
      "http://127.0.0.1:$port" | grep '^RESULT' >>"$results" || true
  done
  if [[ $(wc -l <"$results") -ne $runs ]] || awk '$5 > 0 { bad = 1 } END { exit !bad }' "$results"
  then
    echo "web benchmark: wrk failed or had errors on port $2:" >&2
    cat "$results" >&2
    exit 1
  fi
  echo "$(median 2 "$results") $(median 3 "$results") $(median 4 "$results")" \
    "$(awk '{ slow += $6 } END { print slow + 0 }' "$results")" |
    awk '{ printf "%.2f %.2f %.0f %d\n", $1 / 1000, $2 / 1000, $3, $4 }'
}

read -r n_p50 n_p99 n_rps _ < <(load "$nginx_port" "$work/static.txt")
echo
echo "web: $docs recommendations, $connections connections, ${duration} s x $runs runs (medians)"
echo "nginx static file ($(stat -c %s "$work/nginx/html/answer.json") bytes): p50 $n_p50 ms," \
  "p99 $n_p99 ms, $n_rps requests/s"
for workload in repeated distinct; do
  if [[ $workload == distinct ]]; then
    read -r p50 p99 rps slow < <(load "$port" "$work"/distinct-??)
  else
    read -r p50 p99 rps slow < <(load "$port" "$work/repeated.txt")
  fi
  awk -v w="$workload" -v p50="$p50" -v p99="$p99" -v rps="$rps" -v n="$n_rps" -v slow="$slow" \
    'BEGIN { printf "/api/v1/search, %s queries: p50 %s ms, p99 %s ms (goal 25 ms), " \
                    "%s requests/s = %.3f x nginx; %d answers over 2 s\n",
                    w, p50, p99, rps, rps / n, slow }'
done
