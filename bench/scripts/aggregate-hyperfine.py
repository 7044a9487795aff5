#!/usr/bin/env python3
"""Pools the runs of every hyperfine round per command and prints medians and spread as JSON.

usage: aggregate-hyperfine.py ROUNDS_DIR REPORTS_SEEN PACKAGE_SERIES ROUNDS RUNS WARMUP
"""
import glob
import json
import os
import re
import statistics
import sys


def quantile(sorted_values, q):
    # linear interpolation between closest ranks
    pos = (len(sorted_values) - 1) * q
    lo = int(pos)
    hi = min(lo + 1, len(sorted_values) - 1)
    return sorted_values[lo] + (sorted_values[hi] - sorted_values[lo]) * (pos - lo)


def summarize(times_s):
    ms = sorted(t * 1000 for t in times_s)
    return {
        "n": len(ms),
        "median_ms": round(statistics.median(ms), 2),
        "q1_ms": round(quantile(ms, 0.25), 2),
        "q3_ms": round(quantile(ms, 0.75), 2),
        "min_ms": round(ms[0], 2),
        "max_ms": round(ms[-1], 2),
        "mean_ms": round(statistics.fmean(ms), 2),
        "stdev_ms": round(statistics.stdev(ms), 2) if len(ms) > 1 else 0.0,
    }


def jit_group(method):
    if method.startswith(("Popcon.Reporter", "StartupHook:")):
        return "the hook's own code"
    if method.startswith("System.Net"):
        return "sockets and name resolution"
    if "EventSource" in method or method.startswith(("System.Diagnostics.Tracing", "(dynamicClass)")):
        return "event tracing (EventSource)"
    if method.startswith("System.Collections"):
        return "collections (generic instantiations)"
    return "other framework and app code"


def jit_methods(folder):
    groups = {}
    for path in sorted(glob.glob(os.path.join(folder, "jit-methods-*.txt"))):
        setup = os.path.basename(path)[len("jit-methods-"):-len(".txt")]
        counts = {}
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                match = re.search(r"JIT compiled (.+?) \[", line)
                if match:
                    group = jit_group(match.group(1))
                    counts[group] = counts.get(group, 0) + 1
        groups[setup] = counts
    return groups


def main():
    folder, reports, packages, rounds, runs, warmup = sys.argv[1:7]
    pooled = {}
    round_medians = {}
    for path in sorted(glob.glob(os.path.join(folder, "round-*.json"))):
        with open(path, encoding="utf-8") as f:
            for result in json.load(f)["results"]:
                pooled.setdefault(result["command"], []).extend(result["times"])
                round_medians.setdefault(result["command"], []).append(result["median"] * 1000)
    commands = {}
    for name, times in pooled.items():
        commands[name] = summarize(times)
        commands[name]["round_medians_ms"] = [round(m, 2) for m in round_medians[name]]
    jit = {}
    jit_path = os.path.join(folder, "jit-stats.txt")
    if os.path.exists(jit_path):
        with open(jit_path, encoding="utf-8") as f:
            for line in f:
                setup, *pairs = line.split()
                values = dict(p.split("=", 1) for p in pairs)
                jit.setdefault(setup, []).append(values)
    jit = {setup: {k: (round(statistics.median(float(r[k]) for r in runs), 1) if k != "loaded"
                       else sorted(runs[0][k].split(",")))
                   for k in runs[0]}
           for setup, runs in jit.items()}
    print(json.dumps({
        "hello10_jit_stats_median_of_3": jit,
        "hello10_jit_methods_by_group": jit_methods(folder),
        "method": "interleaved rounds, order reversed every other round, runs pooled",
        "rounds": int(rounds), "runs_per_round": int(runs), "warmup_per_round": int(warmup),
        "reports_received_by_collector": float(reports),
        "package_series_at_collector": int(packages),
        "commands": commands,
    }, indent=1))


if __name__ == "__main__":
    main()
