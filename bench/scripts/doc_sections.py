"""Tables and reading notes of docs/benchmarks.md, one function per benchmark part. Each takes
all results (None for a part that did not run) and returns (markdown lines, reading notes)."""

APPS = [("hello10", "hello world, .NET 10"), ("many", "100 packages, .NET 10"),
        ("hello-sc8", "hello world, .NET 8 self-contained")]
SETUPS = [("no-hook", "no hook"), ("empty-hook", "empty hook"),
          ("popcon-disabled", "popcon, POPCON_DISABLE=1"),
          ("popcon-listening", "popcon, collector listening"),
          ("popcon-nothing-listening", "popcon, nothing listening")]
TARGET_MS = 3.0
OWN_CODE = "the hook's own code"  # a group of aggregate-hyperfine.py's jit_group


def _ms(x):
    return "n/a" if x is None else f"{x:.1f}"


def _us(ns):
    return "n/a" if ns is None else (f"{ns / 1000:.2f} µs" if ns < 1_000_000 else f"{ns / 1e6:.2f} ms")


def _ns(ns):
    return "n/a" if ns is None else (f"{ns:.0f} ns" if ns < 10_000 else _us(ns))


def _bytes(b):
    if b is None:
        return "n/a"
    return f"{b} B" if b < 10_000 else (f"{b / 1024:.0f} KiB" if b < 10_000_000 else f"{b / 1048576:.1f} MiB")


def _rate(x):
    return "n/a" if x is None else f"{x:,.0f}"


def _pct(x):
    return "n/a" if x is None else f"{100 * x:.1f} %"


def reporter_process(data):
    d = data.get("reporter-process")
    if not d:
        return [], []
    c = d["commands"]
    lines = ["## Reporter: whole process", "",
             f"Wall time of one process start to exit, median of {d['rounds']} interleaved "
             f"hyperfine rounds x {d['runs_per_round']} runs ({d['warmup_per_round']} warmups per "
             "round), in ms, with the interquartile range. The listening collector is a real "
             f"`popcon serve`; it received {d['reports_received_by_collector']:.0f} reports and "
             f"{d['package_series_at_collector']} package series, so the hook did its work.", "",
             "| app | " + " | ".join(label for _, label in SETUPS) + " |",
             "| --- |" + " ---: |" * len(SETUPS)]
    for app, label in APPS:
        cells = []
        for setup, _ in SETUPS:
            s = c.get(f"{app}/{setup}")
            cells.append("n/a" if s is None else
                         f"{s['median_ms']:.1f} ({s['q1_ms']:.1f}–{s['q3_ms']:.1f})")
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    lines += ["", f"popcon's own cost is its median minus the empty hook's median (target: at most "
              f"{TARGET_MS:.0f} ms).", "",
              "| app | empty hook − no hook | popcon disabled − empty hook | listening − empty hook "
              "| nothing listening − empty hook | target |", "| --- | ---: | ---: | ---: | ---: | --- |"]
    notes, missed, evaluated = [], [], 0
    for app, label in APPS:
        med = {setup: (c.get(f"{app}/{setup}") or {}).get("median_ms") for setup, _ in SETUPS}
        if None in med.values():
            continue
        base = med["empty-hook"]
        listening, silent = med["popcon-listening"] - base, med["popcon-nothing-listening"] - base
        ok = listening <= TARGET_MS and silent <= TARGET_MS
        evaluated += 1
        if not ok:
            missed.append((label, listening, silent, med["popcon-disabled"] - base))
        lines.append(f"| {label} | {med['empty-hook'] - med['no-hook']:+.1f} | "
                     f"{med['popcon-disabled'] - base:+.1f} | {listening:+.1f} | {silent:+.1f} | "
                     f"{'met' if ok else '**missed**'} |")
    lines.append("")
    jit = d.get("hello10_jit_stats_median_of_3") or {}
    if jit:
        lines += ["Where the time goes (hello world, .NET 10, median of 3 runs): methods the JIT "
                  "compiled in the whole process, the JIT's own time, and assemblies loaded, as the "
                  "runtime counts them at the very end of the process (after the hook's exit "
                  "flush).", "",
                  "| setup | methods JIT-compiled | JIT time | assemblies loaded |",
                  "| --- | ---: | ---: | ---: |"]
        for setup, label in SETUPS:
            j = jit.get(setup)
            if j:
                lines.append(f"| {label} | {j['jit_methods']:.0f} | {j['jit_ms']:.1f} ms | "
                             f"{j['assemblies']:.0f} |")
        groups = d.get("hello10_jit_methods_by_group") or {}
        if groups.get("popcon-listening"):
            names = sorted(set(groups["popcon-listening"]) | set(groups.get("empty-hook", {})))
            lines += ["", "The methods JIT-compiled, by where they live (one run each, from the "
                      "runtime's own list, `DOTNET_JitDisasmSummary`):", "",
                      "| methods of | empty hook | popcon, collector listening |",
                      "| --- | ---: | ---: |"]
            for name in names:
                lines.append(f"| {name} | {groups.get('empty-hook', {}).get(name, 0)} | "
                             f"{groups['popcon-listening'].get(name, 0)} |")
        extra = sorted(set(jit.get("popcon-listening", {}).get("loaded", []))
                       - set(jit.get("empty-hook", {}).get("loaded", [])))
        if extra:
            lines += ["", "Assemblies popcon's hook brings into a hello world that an empty hook "
                      "does not: " + ", ".join(f"`{a}`" for a in extra) + "."]
        lines.append("")
    if missed:
        worst = max(missed, key=lambda m: max(m[1], m[2]))
        notes.append(
            f"**Reporter target missed**: popcon adds up to {max(worst[1], worst[2]):.0f} ms over "
            f"an empty hook ({worst[0]}), against a target of {TARGET_MS:.0f} ms. With "
            "POPCON_DISABLE=1 the hook loads, reads its settings and stops: that column "
            f"({worst[3]:+.0f} ms in the same app) is the price of loading and starting popcon's "
            "assembly; the rest is recording loads and the exit flush."
            + _jit_sentence(jit) + _own_code_sentence(d) + _warm_sentence(data) +
            " So the time goes to first-call costs in each new process: popcon's netstandard2.0 "
            "hook carries no ReadyToRun code, so every method on its path is JIT-compiled in "
            "every process, and it pulls in the assemblies listed above (sockets, name "
            "resolution, concurrent collections, process and tracing types), each loaded and "
            "initialized per process. Next step for the reporter: take "
            "a JIT/loader trace of one hooked hello world (EventPipe) to confirm which methods and "
            "assemblies cost most, then ship the hook ReadyToRun-compiled and shorten the startup "
            "path (settings, gate, timer, signal hooks) and the exit path (deps.json reader).")
    elif evaluated:
        notes.append(f"The reporter stays within {TARGET_MS:.0f} ms of an empty hook in every app, "
                     "whether a collector listens or not.")
    return lines, notes


def _jit_sentence(jit):
    pop, empty = jit.get("popcon-listening"), jit.get("empty-hook")
    if not pop or not empty:
        return ""
    return (f" In a hello world the hook makes the JIT compile {pop['jit_methods'] - empty['jit_methods']:.0f} "
            f"more methods than an empty hook ({pop['jit_ms'] - empty['jit_ms']:.0f} ms more JIT time) "
            f"and loads {pop['assemblies'] - empty['assemblies']:.0f} more assemblies.")


def _own_code_sentence(d):
    groups = (d.get("hello10_jit_methods_by_group") or {}).get("popcon-listening") or {}
    own = groups.get(OWN_CODE)
    if not own:
        return ""
    return f" {own} of the methods compiled in that process are the hook's own code."


def _warm_sentence(data):
    rows = (data.get("inprocess") or {}).get("benchmarks", [])
    flush = {b["parameters"]: b["median_ns"] for b in rows
             if b["type"] == "ExitFlushBenchmarks" and b["method"] == "ExitFlush"}
    if "Packages=10" not in flush or "Packages=100" not in flush:
        return ""
    return (f" Warm, in process, the same exit work takes {_us(flush['Packages=10'])} for 10 "
            f"packages and {_us(flush['Packages=100'])} for 100 (table below).")


def inprocess(data):
    d = data.get("inprocess")
    if not d:
        return [], []
    rows = [b for b in d["benchmarks"] if b["type"] == "ExitFlushBenchmarks"]
    by = {(b["method"], b["parameters"]): b for b in rows}
    lines = ["## Reporter: exit-time work, in process", "",
             "BenchmarkDotNet, warm (JIT done): what the hook does at exit for a process that "
             "loaded N package assemblies plus 40 framework assemblies. *exit flush* is all of it: "
             "read deps.json, classify every location, format, batch into datagrams and send to a "
             "live loopback port; *map* is deps.json plus classification; *format* is formatting "
             "and batching. Median time and bytes allocated per exit.", "",
             "| packages | exit flush | allocated | map | allocated | format | allocated |",
             "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    notes = []
    for n in (10, 100, 1000):
        p = f"Packages={n}"
        cells = []
        for m in ("ExitFlush", "MapOnly", "FormatAndBatch"):
            b = by.get((m, p), {})
            cells += [_us(b.get("median_ns")), _bytes(b.get("allocated_bytes"))]
        lines.append(f"| {n} | " + " | ".join(cells) + " |")
    lines.append("")
    big = by.get(("ExitFlush", "Packages=1000"), {}).get("median_ns")
    mid = by.get(("ExitFlush", "Packages=100"), {}).get("median_ns")
    if big is not None and mid:
        budget = "inside" if big < 200e6 else "**beyond**"
        mapped = by.get(("MapOnly", "Packages=1000"), {}).get("median_ns") or 0
        share = (f"; {100 * mapped / big:.0f} % of it is reading deps.json and classifying "
                 "(the *map* column)") if mapped else ""
        notes.append(f"Warm, the whole exit flush for 1,000 packages takes {_us(big)} "
                     f"({big / mid:.1f}x the 100-package time), {budget} the hook's 200 ms exit "
                     f"budget{share}.")
    return lines, notes


def ingest(data):
    d = data.get("collector-ingest")
    if not d:
        return [], []
    runs = d["runs"]
    rate = d["fixed_rate"]
    lines = ["## Collector ingest: popcon serve and etsy statsd 0.9", "",
             "bench/Popcon.LoadGen sends a realistic mix over loopback UDP: datagrams of up to 1,432 "
             "bytes like a reporter's, mostly tagged popcon lines, one datagram in eight in plain "
             "lines (with Python reporter lines), one line in fifty garbage. Each server starts "
             "fresh for each row and is read back through its own counts (popcon: /metrics; "
             "statsd: management port `counters`). CPU is the server's user+system time over the "
             "time it was busy; memory from /proc (VmRSS now, VmHWM peak).", "",
             f"### At a fixed {rate:,} lines/s", "",
             "| server | sent lines/s | lost | counts stored / expected | CPU | RSS peak |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for server in ("popcon", "etsy"):
        r = runs.get(f"{server}-fixed")
        if r:
            lines.append(f"| {server} | {_rate(r['sent_lines_per_s'])} | {_pct(r['loss'])} | "
                         f"{_pct(r['stored_of_expected'])} | {r['cpu_percent']:.0f} % | "
                         f"{r['peak_rss_mib']:.0f} MiB |")
    lines += ["", "### At full speed (one sender, as fast as the socket takes it)", "",
              "| server | sent lines/s | accepted lines/s | lost | CPU | RSS peak |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for server in ("popcon", "etsy"):
        r = runs.get(f"{server}-full")
        if r:
            lines.append(f"| {server} | {_rate(r['sent_lines_per_s'])} | "
                         f"{_rate(r['accepted_lines_per_s'])} | {_pct(r['loss'])} | "
                         f"{r['cpu_percent']:.0f} % | {r['peak_rss_mib']:.0f} MiB |")
    lines += ["", "### Memory by series count (each series sent once)", "",
              "| server | at start | " + " | ".join(
                  f"{p['series_sent']:,} series" for p in
                  (runs.get("popcon-sweep") or runs.get("etsy-sweep") or {"points": []})["points"])
              + " |"]
    sweep_points = len((runs.get("popcon-sweep") or {"points": []})["points"])
    lines.append("| --- | ---: |" + " ---: |" * sweep_points)
    for server in ("popcon", "etsy"):
        r = runs.get(f"{server}-sweep")
        if r:
            lines.append(f"| {server} | {r['rss_mib_at_start']:.0f} MiB | " + " | ".join(
                f"{p['rss_mib']:.0f} MiB ({p['series_held']:,.0f} held)" for p in r["points"]) + " |")
    lines.append("")
    notes = []
    pf, ef = runs.get("popcon-fixed"), runs.get("etsy-fixed")
    if pf and ef:
        verdict = "kept up" if pf["loss"] < 0.001 else f"lost {_pct(pf['loss'])}"
        notes.append(f"At {rate:,} lines/s popcon {verdict} using {pf['cpu_percent']:.0f} % of a "
                     f"core; etsy statsd lost {_pct(ef['loss'])} using {ef['cpu_percent']:.0f} %. "
                     f"popcon stored {_pct(pf['stored_of_expected'])} of the counts sent "
                     "(garbage lines excluded).")
    pu, eu = runs.get("popcon-full"), runs.get("etsy-full")
    if pu and eu and eu["accepted_lines_per_s"]:
        notes.append(f"Flat out, popcon accepted {_rate(pu['accepted_lines_per_s'])} lines/s and etsy "
                     f"statsd {_rate(eu['accepted_lines_per_s'])} "
                     f"({pu['accepted_lines_per_s'] / eu['accepted_lines_per_s']:.1f}x). On two cores "
                     "the sender itself takes one, so these are lower bounds for a server with a "
                     "core to itself; the loss at full speed is the kernel dropping what the socket "
                     "buffer cannot hold.")
    ps, es = runs.get("popcon-sweep"), runs.get("etsy-sweep")
    if ps and es and ps["points"] and es["points"]:
        last_p, last_e = ps["points"][-1], es["points"][-1]
        first_p, first_e = ps["points"][0], es["points"][0]

        def per_series(first, last):
            held = last["series_held"] - first["series_held"]
            return (last["rss_mib"] - first["rss_mib"]) * 1048576 / held if held > 0 else float("nan")

        notes.append(f"At {last_p['series_sent']:,} series popcon holds {last_p['rss_mib']:.0f} MiB "
                     f"resident, etsy statsd {last_e['rss_mib']:.0f} MiB; between the two checkpoints "
                     f"popcon grows by about {per_series(first_p, last_p) / 1024:.1f} KiB per series "
                     f"and etsy statsd by {per_series(first_e, last_e) / 1024:.1f} KiB. popcon keeps "
                     "per series its name, its labels twice (pairs and canonical JSON), a parse-cache "
                     "key and, until the next database flush, a pending row; statsd keeps one key "
                     "and one number.")
    return lines, notes


def parser_writer(data):
    d = data.get("inprocess")
    if not d:
        return [], []
    rows = [b for b in d["benchmarks"] if b["type"] in ("StatsdParserBenchmarks", "MetricsWriterBenchmarks")]
    lines = ["## Statsd parser and /metrics writer, in process", "",
             "BenchmarkDotNet, median per operation and bytes allocated per operation. The parse rows "
             "are the parser alone on one line; *IngestReporterDatagram* is one 18-line reporter "
             "datagram through parse, mapping cache and series table, as a warm collector does it. "
             "*WriteMetrics* is the body of GET /metrics (snapshot, sort, write).", "",
             "| benchmark | parameters | median | allocated |", "| --- | --- | ---: | ---: |"]
    for b in rows:
        lines.append(f"| {b['method']} | {b['parameters'] or '–'} | {_ns(b['median_ns'])} | "
                     f"{_bytes(b['allocated_bytes'])} |")
    lines.append("")
    notes = []
    ingest_row = next((b for b in rows if b["method"] == "IngestReporterDatagram"), None)
    if ingest_row and ingest_row["median_ns"]:
        per_line = ingest_row["median_ns"] / 18
        notes.append(f"Ingest costs about {per_line:.0f} ns per line once warm "
                     f"({1e9 / per_line:,.0f} lines/s on one core, allocating "
                     f"{_bytes(ingest_row['allocated_bytes'])} per datagram): the socket, not the "
                     "parser, bounds what the collector takes.")
    writer = [b for b in rows if b["method"] == "WriteMetrics" and b["parameters"] == "Series=100000"]
    if writer and writer[0]["median_ns"]:
        notes.append(f"/metrics with 100,000 series takes {_us(writer[0]['median_ns'])} to build and "
                     f"allocates {_bytes(writer[0]['allocated_bytes'])}; a 15 s scrape interval leaves "
                     "plenty of room, but the whole body is one string (see the allocation column).")
    return lines, notes


def reports(data):
    d = data.get("reports")
    if not d:
        return [], []
    lines = ["## Reports over a large store", "",
             f"A store in the documented schema with {d['series']:,} package series x {d['days']} "
             f"days ({d['series'] * d['days']:,} daily rows, {d['db_mib']} MiB), generated by "
             "bench/scripts/gen-db.py. `popcon report` is timed end to end (process start to exit, "
             "hyperfine, median); *main query* is the report's per-day query alone through SQLite; "
             "the HTTP rows are `popcon serve` on that store, timed with curl (the page, GET /, "
             "renders from the collector's in-memory series table, which serve loads from the "
             "store at start; it runs no SQL per request).", "",
             "| what | median | min | max |", "| --- | ---: | ---: | ---: |"]
    for name, r in d["report"].items():
        lines.append(f"| `popcon {name}` | {_ms(r['median_ms'])} ms | {_ms(r['min_ms'])} ms | "
                     f"{_ms(r['max_ms'])} ms |")
    for key, r in d["query"].items():
        if key.startswith("daily_"):
            lines.append(f"| main query, last {key[6:-1]} days ({r['rows']:,} rows) | "
                         f"{_ms(r['median_ms'])} ms | {_ms(r['min_ms'])} ms | |")
    lines.append(f"| `popcon serve` start to ready (loads every series) | {d['serve_ready_ms']} ms | | |")
    for name, r in d["http"].items():
        lines.append(f"| {name} | {_ms(r['median_ms'])} ms | {_ms(r['min_ms'])} ms | {_ms(r['max_ms'])} ms |")
    lines.append("")
    notes = []
    r365 = d["report"].get("report --days 365")
    q = d["query"].get(f"daily_{d['days']}d")
    if r365 and q:
        notes.append(f"A year's report over {d['series']:,} series takes {r365['median_ms'] / 1000:.1f} s, "
                     f"of which SQLite's query is {q['median_ms'] / 1000:.1f} s; the rest is reading "
                     "rows into per-series dictionaries and the runtime's start. Next step if this "
                     "matters: aggregate per grouping label inside SQL (GROUP BY over the window) "
                     "instead of moving every daily row into .NET.")
    return lines, notes


METHOD_NOTES = [
    "## Running them", "",
    "- `scripts/install-test-deps.sh` installs hyperfine and etsy statsd (npm, into "
    "bench/node_modules); `bench/run-all.sh` then builds everything in Release, runs all four "
    "parts (about 10 minutes on 2 cores) and rewrites this file. Run it on a quiet machine.",
    "- `bench/run-all.sh --only process,ingest` runs some parts (inprocess, process, ingest, "
    "reports); `--smoke` runs every part tiny and writes its report to a temporary folder.",
    "- `dotnet test tests/Popcon.Bench.Tests` runs each part in smoke mode on the test build, so "
    "the benchmarks keep working as popcon changes; it asserts that they ran and counted right, "
    "never how fast.",
    "- Parts alone: `dotnet run -c Release --project bench/Popcon.Benchmarks -- --filter '*Parser*'`; "
    "`bench/Popcon.LoadGen` prints its usage; bench/scripts/*.sh each say theirs in their header.",
    "",
    "## Method and limits", "",
    "- Interleaving: hyperfine runs one command's runs before the next, so the whole-process "
    "part runs several rounds of all commands, reversing the order every other round, and pools "
    "the runs of all rounds per command; medians and quartiles are over the pooled runs. All "
    "commands start through `env` with the same number of variables, so the exec cost is equal.",
    "- The empty hook (bench/apps/EmptyHook) is a netstandard2.0 assembly whose Initialize does "
    "nothing: the difference to *no hook* is the runtime's own price for any startup hook.",
    "- *Nothing listening* sends to a loopback UDP port nobody binds; the kernel answers with "
    "ICMP port-unreachable, which the hook never waits for.",
    "- The many-packages app references 100 generated packages (bench/apps/gen-many.py) from a "
    "local feed and calls into each from Main, so all 100 load at startup and its deps.json "
    "names them as packages, exactly as NuGet packages are named.",
    "- The machine has 2 cores: the load generator and the server share them, so ingest numbers "
    "are lower bounds for a dedicated server. Loss at full speed depends on the socket buffer "
    "(popcon asks 8 MiB; Linux caps it at net.core.rmem_max).",
    "- etsy statsd runs with no backend and a flush interval longer than the run, so its counters "
    "are never reset and can be read back; it logs each bad line, as it does by default.",
    "- In-process numbers are warm (after JIT); whole-process numbers include every first-call "
    "cost, which is what a short-lived process pays.",
    "",
]
