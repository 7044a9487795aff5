#!/usr/bin/env bash
# Runs every popcon benchmark and writes docs/benchmarks.md from that one run.
#
#   bench/run-all.sh                 the recorded run (about 10 minutes; a quiet machine please)
#   bench/run-all.sh --smoke         every part once, small and short, to prove nothing rotted;
#                                    writes WORK/benchmarks.md, never docs/benchmarks.md
# options:
#   --work DIR          build and result folder (default bench/artifacts; smoke: a new temp dir)
#   --prebuilt CONFIG   use bin/CONFIG of popcon.dll, the benchmarks and the load generator as
#                       built already (tests do this), instead of building them in Release
#   --only PARTS        comma-separated subset of: inprocess,process,ingest,reports
#   --doc FILE          where to write the report
# Everything runs on 127.0.0.1; every process started here is stopped before exit.
set -euo pipefail
source "$(dirname "$0")/scripts/common.sh"
cd "$REPO_DIR"

smoke=0 work="" prebuilt="" only="inprocess,process,ingest,reports" doc=""
while [ $# -gt 0 ]; do
  case $1 in
    --smoke) smoke=1 ;;
    --work) work=$2; shift ;;
    --prebuilt) prebuilt=$2; shift ;;
    --only) only=$2; shift ;;
    --doc) doc=$2; shift ;;
    *) die "unknown option $1 (see the top of $0)" ;;
  esac
  shift
done
if [ -z "$work" ]; then
  if [ $smoke -eq 1 ]; then work=$(mktemp -d /tmp/popcon-bench-smoke.XXXXXX); else work=$BENCH_DIR/artifacts; fi
fi
mkdir -p "$work/results"
work=$(cd "$work" && pwd)
[ -n "$doc" ] || { if [ $smoke -eq 1 ]; then doc=$work/benchmarks.md; else doc=$REPO_DIR/docs/benchmarks.md; fi; }
wants() { [[ ",$only," == *",$1,"* ]]; }

# Sizes: recorded run, then smoke.
if [ $smoke -eq 0 ]; then
  many=100 rounds=40 runs=3 warmup=1
  rate=100000 seconds=10 mix_series=2000 checkpoints=10000,100000 sweep_rate=20000
  db_series=20000 db_days=365 report_runs=3 bdn_flags=()
else
  many=3 rounds=1 runs=1 warmup=0
  rate=1000 seconds=1 mix_series=200 checkpoints=100,200 sweep_rate=20000
  db_series=200 db_days=7 report_runs=1 bdn_flags=(--smoke)
fi

config=${prebuilt:-Release}
if [ -z "$prebuilt" ]; then
  say "building popcon, the benchmarks and the load generator (Release)"
  for project in src/Popcon.Cli bench/Popcon.Benchmarks bench/Popcon.LoadGen; do
    dotnet build "$project" -c Release -nologo -v quiet >"$work/build.log" 2>&1 ||
      { cat "$work/build.log" >&2; die "build of $project failed"; }
  done
fi
export POPCON_DLL=$REPO_DIR/src/Popcon.Cli/bin/$config/net10.0/popcon.dll
export LOADGEN=$BENCH_DIR/Popcon.LoadGen/bin/$config/net10.0/Popcon.LoadGen
benchmarks_dll=$BENCH_DIR/Popcon.Benchmarks/bin/$config/net10.0/Popcon.Benchmarks.dll
for f in "$POPCON_DLL" "$LOADGEN" "$benchmarks_dll"; do [ -e "$f" ] || die "missing $f"; done

uptime >"$work/results/load-before.txt"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
if wants process; then
  "$BENCH_DIR/scripts/build-apps.sh" "$work" "$many"
  "$BENCH_DIR/scripts/reporter-process.sh" "$work" "$rounds" "$runs" "$warmup"
fi
wants inprocess && "$BENCH_DIR/scripts/inprocess.sh" "$work" "$benchmarks_dll" "${bdn_flags[@]}"
wants ingest && "$BENCH_DIR/scripts/collector-ingest.sh" "$work" "$rate" "$seconds" "$mix_series" \
  "$checkpoints" "$sweep_rate"
wants reports && "$BENCH_DIR/scripts/reports.sh" "$work" "$db_series" "$db_days" "$report_runs"
uptime >"$work/results/load-after.txt"

command="bench/run-all.sh"
[ $smoke -eq 1 ] && command="bench/run-all.sh --smoke"
python3 "$BENCH_DIR/scripts/write-doc.py" "$work/results" "$doc" "$command" "$started" "$smoke"
say "wrote $doc"
