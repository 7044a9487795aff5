#!/usr/bin/env bash
# Whole-process cost of the hook: hyperfine over three apps x six hook setups, interleaved.
# hyperfine runs its commands one after another, so one invocation cannot interleave them; we run
# ROUNDS invocations, each holding all eighteen commands (RUNS runs each after WARMUP warmups),
# reversing the order every other round, and pool every run of every round per command. Slow
# drift of a shared machine then lands on all commands alike instead of on whichever ran last.
# usage: reporter-process.sh WORK ROUNDS RUNS WARMUP   (apps built by build-apps.sh; POPCON_DLL set)
set -euo pipefail
source "$(dirname "$0")/common.sh"
mkdir -p "$1"
work=$(cd "$1" && pwd)
rounds=$2 runs=$3 warmup=$4
bin="$work/bin"
out="$work/results/reporter-process"
rm -rf "$out"
mkdir -p "$out"
trap stop_tracked EXIT

# The loader, as deployed, and the portable reporter beside it: the build a process runs where
# no build compiled ahead of time for its runtime exists (other platforms, newer runtimes).
hook=$(dotnet "$POPCON_DLL" hook path)
portable="$(dirname "$hook")/Popcon.Reporter.dll"
empty_hook="$bin/emptyhook/EmptyHook.dll"
[ -f "$hook" ] || die "no popcon hook at $hook"
[ -f "$portable" ] || die "no portable reporter at $portable"

start_popcon_serve "$work/reporter-process.db" "$out/serve.log" --flush-interval 60
silent_port=$(free_port udp) # nothing ever binds it: "nothing listening"

declare -a names=() commands=()
add() { names+=("$1"); commands+=("$2"); }
index_of() { local i; for i in "${!names[@]}"; do [ "${names[$i]}" = "$1" ] && echo "$i"; done; }
for app in hello10:hello10/Hello many:many/Many hello-sc8:hello-sc8/Hello; do
  label=${app%%:*}
  exe="$bin/${app#*:}"
  [ -x "$exe" ] || die "missing $exe; run build-apps.sh"
  # Every command goes through env with the same number of variables, so exec costs match.
  add "$label/no-hook" "env POPCON_STATSD_PORT=$SERVE_UDP POPCON_BENCH=1 $exe"
  add "$label/empty-hook" "env POPCON_STATSD_PORT=$SERVE_UDP DOTNET_STARTUP_HOOKS=$empty_hook $exe"
  # Diagnostic: popcon's hook loaded but switched off by POPCON_DISABLE after reading settings.
  add "$label/popcon-disabled" "env POPCON_DISABLE=1 DOTNET_STARTUP_HOOKS=$hook $exe"
  add "$label/popcon-listening" "env POPCON_STATSD_PORT=$SERVE_UDP DOTNET_STARTUP_HOOKS=$hook $exe"
  add "$label/popcon-portable" "env POPCON_STATSD_PORT=$SERVE_UDP DOTNET_STARTUP_HOOKS=$portable $exe"
  add "$label/popcon-nothing-listening" \
    "env POPCON_STATSD_PORT=$silent_port DOTNET_STARTUP_HOOKS=$hook $exe"
done

for round in $(seq 1 "$rounds"); do
  args=()
  order=$(seq 0 $((${#names[@]} - 1)))
  [ $((round % 2)) -eq 0 ] && order=$(echo "$order" | tac)
  for i in $order; do
    args+=(-n "${names[$i]}" "${commands[$i]}")
  done
  say "reporter, whole process: round $round of $rounds"
  hyperfine -N --style basic --warmup "$warmup" --runs "$runs" \
    --export-json "$out/round-$round.json" "${args[@]}" >"$out/round-$round.log" 2>&1 ||
    { cat "$out/round-$round.log" >&2; die "hyperfine failed"; }
done

sleep 0.5
reports=$(curl -sf "http://127.0.0.1:$SERVE_WEB/metrics" |
  awk '$1 == "dotnet_popcon_reports_total" { print $2 }')
packages=$(curl -sf "http://127.0.0.1:$SERVE_WEB/metrics" |
  awk '$1 ~ /^dotnet_popcon_package_used_total/ { n++ } END { print n + 0 }')
# Where the time goes: the JIT's own count and time, and assemblies loaded, per hook setup
# (hello world, .NET 10, three runs each; the app prints them after every exit handler).
for setup in no-hook empty-hook popcon-disabled popcon-listening popcon-portable \
  popcon-nothing-listening; do
  for i in 0 1 2; do
    ${commands[$(index_of "hello10/$setup")]} --jit-stats | tail -1 | sed "s|^|$setup |"
  done
done >"$out/jit-stats.txt"
# And which methods: the runtime's own list of what it JIT-compiled (no tools needed).
for setup in empty-hook popcon-listening popcon-portable; do
  env DOTNET_JitStdOutFile="$out/jit-methods-$setup.txt" DOTNET_JitDisasmSummary=1 \
    ${commands[$(index_of "hello10/$setup")]} >/dev/null
done

python3 "$BENCH_DIR/scripts/aggregate-hyperfine.py" "$out" "${reports:-0}" "$packages" \
  "$rounds" "$runs" "$warmup" >"$work/results/reporter-process.json"
say "reporter, whole process: done ($work/results/reporter-process.json)"
