"""The 'Run' section of docs/benchmarks.md: machine, versions, load, how to reproduce."""
import json
import os
import platform
import re
import sqlite3
import subprocess


def _run(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, timeout=60).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "?"


def _cpu_model():
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "?"


def _memory_gib():
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    return "?"


def _load(results, name):
    path = os.path.join(results, name)
    if not os.path.exists(path):
        return "?"
    with open(path, encoding="utf-8") as f:
        match = re.search(r"load average: (.*)$", f.read().strip())
    return match.group(1) if match else "?"


def _bdn_version():
    props = os.path.join(os.path.dirname(__file__), "..", "..", "Directory.Packages.props")
    with open(props, encoding="utf-8") as f:
        match = re.search(r'Include="BenchmarkDotNet" Version="([^"]+)"', f.read())
    return match.group(1) if match else "?"


def _statsd_version():
    path = os.path.join(os.path.dirname(__file__), "..", "node_modules", "statsd", "package.json")
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)["version"]
    except OSError:
        return "?"


def section(results, command, started):
    runtimes = [line.split()[1] for line in _run("dotnet", "--list-runtimes").splitlines()
                if line.startswith("Microsoft.NETCore.App")]
    commit = _run("git", "rev-parse", "--short", "HEAD")
    return [
        "## Run", "",
        "| | |", "| --- | --- |",
        f"| started | {started} (UTC) at commit `{commit}` |",
        f"| reproduce | `{command}` from the repository root (needs `scripts/install-test-deps.sh` first) |",
        f"| machine | {os.cpu_count()} cores ({_cpu_model()}), {_memory_gib()} GiB memory, "
        f"Linux {platform.release()} |",
        f"| load average (1, 5, 15 min) | before: {_load(results, 'load-before.txt')}; "
        f"after: {_load(results, 'load-after.txt')} |",
        f"| .NET | SDK {_run('dotnet', '--version')}, runtime {', '.join(runtimes)}; "
        "self-contained app on runtime pack 8.0 from NuGet |",
        f"| tools | {_run('hyperfine', '--version')}, BenchmarkDotNet {_bdn_version()}, "
        f"node {_run('node', '--version')}, etsy statsd {_statsd_version()}, "
        f"SQLite {sqlite3.sqlite_version} (Python's, for the query timing) |",
        "",
    ]
