#!/usr/bin/env bash
# Reports over a large store: `popcon report` end to end, the report's main SQL query alone, and
# the collector's page, /api/series and /metrics served from that store.
# usage: reports.sh WORK SERIES DAYS RUNS   (POPCON_DLL set)
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$1"
work=$(cd "$1" && pwd)
series=$2 days=$3 runs=$4
out="$work/results/reports"
mkdir -p "$out" "$work/reports"
trap stop_tracked EXIT
last_day=2026-12-01 # fixed, so every run reports the same window

db="$work/reports/store-$series-$days.db"
if [ ! -f "$db" ]; then
  say "reports: generating a store of $series series x $days days"
  python3 "$BENCH_DIR/scripts/gen-db.py" "$db.tmp" "$series" "$days" "$last_day" >&2
  mv "$db.tmp" "$db"
fi

say "reports: popcon report"
report() { echo "dotnet $POPCON_DLL report --db $db --until $last_day $*"; }
hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$out/report.json" \
  -n "report --days 30" "$(report --days 30)" \
  -n "report --days 365" "$(report --days 365)" \
  -n "report --all" "$(report --all)" \
  -n "report --by version --days 365 --format json" "$(report --by version --days 365 --format json)" \
  >"$out/report.log" 2>&1 || { cat "$out/report.log" >&2; die "hyperfine failed"; }

say "reports: the main query alone"
python3 "$BENCH_DIR/scripts/time-query.py" "$db" "$last_day" "$days" "$runs" >"$out/query.json"

say "reports: the page, /api/series and /metrics from popcon serve"
cp "$db" "$work/reports/serve.db"
t0=$(date +%s%N)
start_popcon_serve "$work/reports/serve.db" "$out/serve.log"
until curl -sf "http://127.0.0.1:$SERVE_WEB/-/ready" >/dev/null; do sleep 0.05; done
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
url="http://127.0.0.1:$SERVE_WEB"
hyperfine -N --style basic --warmup 1 --runs "$runs" --export-json "$out/http.json" \
  -n "GET /" "curl -sf -o /dev/null $url/" \
  -n "GET /api/series" "curl -sf -o /dev/null $url/api/series" \
  -n "GET /metrics" "curl -sf -o /dev/null $url/metrics" \
  >"$out/http.log" 2>&1 || { cat "$out/http.log" >&2; die "hyperfine failed"; }
page_bytes=$(curl -sf "$url/" | wc -c)
stop_tracked

python3 - "$out" "$series" "$days" "$ready_ms" "$page_bytes" "$(du -k "$db" | cut -f1)" <<'PY' \
  >"$work/results/reports.json"
import json, os, statistics, sys
out, series, days, ready_ms, page_bytes, db_kib = sys.argv[1:7]
def timings(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return {r["command"]: {"median_ms": round(r["median"] * 1000, 1),
                               "min_ms": round(r["min"] * 1000, 1),
                               "max_ms": round(r["max"] * 1000, 1), "n": len(r["times"])}
                for r in json.load(f)["results"]}
with open(os.path.join(out, "query.json"), encoding="utf-8") as f:
    query = json.load(f)
print(json.dumps({"series": int(series), "days": int(days), "db_mib": round(int(db_kib) / 1024, 1),
                  "report": timings("report.json"), "query": query,
                  "serve_ready_ms": int(ready_ms), "page_bytes": int(page_bytes),
                  "http": timings("http.json")}, indent=1))
PY
say "reports: done ($work/results/reports.json)"
