#!/usr/bin/env bash
# Measures the directory at national scale on this machine and prints the figures docs/benchmarks.md records.
#   bench/run.sh                      100,000 services, 20-second runs at 16 connections
#   SERVICES=20000 DURATION=10s bench/run.sh
# Needs wrk (apt-get install wrk) and python3. Leaves its data in $BENCH_DIR (a new temp folder by default).
set -euo pipefail
cd "$(dirname "$0")/.."

services=${SERVICES:-100000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-16}
work=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/linkwell-bench.XXXXXX")}
port=${PORT:-5090}
hello_port=$((port + 1))

command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install wrk)" >&2; exit 1; }
echo "Benchmark data in $work"

dotnet build src/Linkwell.Web -c Release -v quiet -nologo
dotnet build bench/Hello -c Release -v quiet -nologo -o "$work/hello"
app=(dotnet src/Linkwell.Web/bin/Release/net10.0/Linkwell.Web.dll)
export Data__Folder="$work/data"
export Logging__LogLevel__Default=Warning
export Logging__Console__FormatterName=simple
export RateLimits__OrukPerSecond=100000000

"${app[@]}" generate-postcodes "$work/onspd.csv" --per-district 100
"${app[@]}" import-postcodes "$work/onspd.csv" | tail -n 2
"${app[@]}" generate-directory "$work/services.ndjson" --services "$services"

started=$(date +%s.%N)
"${app[@]}" import-directory "$work/services.ndjson" | grep -v '^  ' | tail -n 1
import_seconds=$(awk "BEGIN { print $(date +%s.%N) - $started }")
echo "import: $services services in ${import_seconds}s = $(awk "BEGIN { printf \"%d\", $services / $import_seconds }") services a second"

"${app[@]}" --urls "http://127.0.0.1:$port" --Logging:LogLevel:Linkwell.Web.Features.Directory.DirectoryIndex=Information >"$work/server.log" 2>&1 &
server=$!
dotnet "$work/hello/Hello.dll" --urls "http://127.0.0.1:$hello_port" >/dev/null 2>&1 &
hello=$!
trap 'kill $server $hello 2>/dev/null || true' EXIT

started=$(date +%s.%N)
until curl -sf "http://127.0.0.1:$port/oruk/services?per_page=1" >/dev/null; do sleep 0.2; done
echo "start-up until the first answer (index loaded): $(awk "BEGIN { print $(date +%s.%N) - $started }")s"
until curl -sf "http://127.0.0.1:$hello_port/hello" >/dev/null; do sleep 0.2; done

# Inputs for the scripts: postcodes to search from, need terms, and ids across the whole directory.
python3 - "$work" <<'PY'
import csv, json, sys, urllib.request, random
work = sys.argv[1]
rows = list(csv.DictReader(open(f"{work}/onspd.csv")))
random.seed(7)
open(f"{work}/postcodes.txt", "w").write("\n".join(r["pcds"] for r in random.sample(rows, 500)) + "\n")
terms = json.load(urllib.request.urlopen("http://127.0.0.1:%s/oruk/taxonomy_terms?per_page=200" % __import__("os").environ.get("PORT", "5090")))
open(f"{work}/terms.txt", "w").write("\n".join(t["id"] for t in terms["contents"] if t.get("taxonomy_id")) + "\n")
ids = json.load(urllib.request.urlopen("http://127.0.0.1:%s/oruk/services?minimal=true&per_page=10000" % __import__("os").environ.get("PORT", "5090")))
open(f"{work}/ids.txt", "w").write("\n".join(s["id"] for s in ids["contents"]) + "\n")
PY

run() {
  local label=$1
  shift
  wrk -t2 -c"$connections" -d5s "$@" >/dev/null  # warm-up
  echo
  echo "=== $label ==="
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" | grep -E "Requests/sec|Latency  |  50%|  90%|  99%|Non-2xx|Socket errors"
}

run "bare Kestrel hello" "http://127.0.0.1:$hello_port/hello"
run "/oruk/services/{id}" -s bench/by-id.lua "http://127.0.0.1:$port" -- "$work/ids.txt"
run "/oruk/services pages" -s bench/pages.lua "http://127.0.0.1:$port"
run "search: text + proximity + taxonomy" -s bench/search.lua "http://127.0.0.1:$port" -- "$work/postcodes.txt" "$work/terms.txt"

echo
echo "server memory (RSS): $(( $(ps -o rss= -p $server) / 1024 )) MB"
grep -h "Directory index loaded" "$work/server.log" || true
