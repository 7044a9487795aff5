#!/usr/bin/env bash
# In-process benchmarks (BenchmarkDotNet, bench/Popcon.Benchmarks): the hook's exit-time work,
# the statsd parser and the /metrics writer, with allocations. --smoke runs each once.
# usage: inprocess.sh WORK BENCHMARKS_DLL [--smoke]
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$1"
work=$(cd "$1" && pwd)
dll=$2
shift 2
artifacts="$work/bdn"
mkdir -p "$work/results"
rm -rf "$artifacts"
say "in-process benchmarks (BenchmarkDotNet${1:+ $1})"
(cd "$BENCH_DIR/Popcon.Benchmarks" && dotnet "$dll" "$@" --filter '*' --artifacts "$artifacts" >"$work/bdn.log" 2>&1) ||
  { grep -n -i -A8 "exception" "$work/bdn.log" | head -60 >&2; tail -40 "$work/bdn.log" >&2
    die "BenchmarkDotNet failed; see $work/bdn.log"; }

python3 - "$artifacts/results" <<'PY' >"$work/results/inprocess.json"
import glob, json, os, sys
rows = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*-report-full.json"))):
    with open(path, encoding="utf-8") as f:
        for b in json.load(f)["Benchmarks"]:
            stats = b.get("Statistics") or {}
            memory = b.get("Memory") or {}
            rows.append({
                "type": b["Type"], "method": b["Method"], "parameters": b.get("Parameters", ""),
                "median_ns": stats.get("Median"), "mean_ns": stats.get("Mean"),
                "stderr_ns": stats.get("StandardError"), "n": stats.get("N"),
                "allocated_bytes": memory.get("BytesAllocatedPerOperation"),
                "gen0": memory.get("Gen0Collections"), "operations": memory.get("TotalOperations"),
            })
print(json.dumps({"benchmarks": rows}, indent=1))
PY
say "in-process benchmarks: done ($work/results/inprocess.json)"
