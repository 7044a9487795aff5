#!/usr/bin/env bash
# Collector ingest: the same statsd load (bench/Popcon.LoadGen) against popcon serve and etsy
# statsd 0.9, each on 127.0.0.1 and started fresh for each measurement:
#   fixed   - RATE lines/s of the realistic mix for SECONDS: loss, CPU, memory
#   full    - the realistic mix as fast as one sender can for SECONDS: accepted lines/s
#   sweep   - every series once up to each checkpoint: memory by series count
# usage: collector-ingest.sh WORK RATE SECONDS SERIES CHECKPOINTS SWEEP_RATE
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$1"
work=$(cd "$1" && pwd)
rate=$2 seconds=$3 series=$4 checkpoints=$5 sweep_rate=$6
out="$work/results/collector-ingest"
rm -rf "$out"
mkdir -p "$out"
trap stop_tracked EXIT
etsy="$BENCH_DIR/node_modules/statsd/stats.js"
[ -f "$etsy" ] || die "etsy statsd missing: (cd bench && npm ci)"

# Starts a server; sets SERVER_PID, SERVER_UDP, SERVER_PROBE.
start_server() {
  local kind=$1 name=$2
  if [ "$kind" = popcon ]; then
    rm -f "$out/$name.db"*
    start_popcon_serve "$out/$name.db" "$out/$name.log" --max-series 1000000
    SERVER_PID=$SERVE_PID SERVER_UDP=$SERVE_UDP SERVER_PROBE=$SERVE_WEB
  else
    SERVER_UDP=$(free_port udp)
    SERVER_PROBE=$(free_port tcp)
    # No backend and no flush within the run: counters accumulate and are read over the
    # management port. Bad lines are logged by statsd itself; that log goes to a file.
    cat >"$out/$name.config.js" <<JS
{ address: "127.0.0.1", port: $SERVER_UDP, mgmt_address: "127.0.0.1", mgmt_port: $SERVER_PROBE,
  backends: [], flushInterval: 3600000 }
JS
    node "$etsy" "$out/$name.config.js" >"$out/$name.log" 2>&1 &
    SERVER_PID=$!
    track_pid "$SERVER_PID"
    wait_tcp "$SERVER_PROBE" || die "etsy statsd did not start; see $out/$name.log"
  fi
}

load() {
  local kind=$1 name=$2
  shift 2
  start_server "$kind" "$name"
  say "ingest: $name"
  "$LOADGEN" --server "$kind" --udp-port "$SERVER_UDP" --probe-port "$SERVER_PROBE" \
    --pid "$SERVER_PID" --seed 7 "$@" >"$out/$name.json" 2>"$out/$name.err" ||
    { cat "$out/$name.err" >&2; die "load generator failed for $name"; }
  stop_pid "$SERVER_PID"
}

for kind in popcon etsy; do
  load "$kind" "$kind-fixed" --mix realistic --rate "$rate" --seconds "$seconds" --series "$series"
  load "$kind" "$kind-full" --mix realistic --rate 0 --seconds "$seconds" --series "$series"
  load "$kind" "$kind-sweep" --mix sweep --rate "$sweep_rate" --series "$series" \
    --checkpoints "$checkpoints"
done

python3 - "$out" "$rate" <<'PY' >"$work/results/collector-ingest.json"
import json, os, sys
out, rate = sys.argv[1], int(sys.argv[2])
runs = {}
for name in sorted(os.listdir(out)):
    if name.endswith(".json"):
        with open(os.path.join(out, name), encoding="utf-8") as f:
            runs[name[:-5]] = json.load(f)
print(json.dumps({"fixed_rate": rate, "runs": runs}, indent=1))
PY
say "ingest: done ($work/results/collector-ingest.json)"
