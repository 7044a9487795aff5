"""The collector and report sections of docs/benchmarks.md. Each section takes all results
(None for a part that did not run) and returns (markdown lines, reading notes)."""
from doc_format import fmt_bytes, fmt_ms, fmt_ns, fmt_pct, fmt_rate, fmt_us


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
            lines.append(f"| {server} | {fmt_rate(r['sent_lines_per_s'])} | {fmt_pct(r['loss'])} | "
                         f"{fmt_pct(r['stored_of_expected'])} | {r['cpu_percent']:.0f} % | "
                         f"{r['peak_rss_mib']:.0f} MiB |")
    lines += ["", "### At full speed (one sender, as fast as the socket takes it)", "",
              "| server | sent lines/s | accepted lines/s | lost | CPU | RSS peak |",
              "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for server in ("popcon", "etsy"):
        r = runs.get(f"{server}-full")
        if r:
            lines.append(f"| {server} | {fmt_rate(r['sent_lines_per_s'])} | "
                         f"{fmt_rate(r['accepted_lines_per_s'])} | {fmt_pct(r['loss'])} | "
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
        verdict = "kept up" if pf["loss"] < 0.001 else f"lost {fmt_pct(pf['loss'])}"
        notes.append(f"At {rate:,} lines/s popcon {verdict} using {pf['cpu_percent']:.0f} % of a "
                     f"core; etsy statsd lost {fmt_pct(ef['loss'])} using {ef['cpu_percent']:.0f} %. "
                     f"popcon stored {fmt_pct(pf['stored_of_expected'])} of the counts sent "
                     "(garbage lines excluded).")
    pu, eu = runs.get("popcon-full"), runs.get("etsy-full")
    if pu and eu and eu["accepted_lines_per_s"]:
        notes.append(f"Flat out, popcon accepted {fmt_rate(pu['accepted_lines_per_s'])} lines/s and etsy "
                     f"statsd {fmt_rate(eu['accepted_lines_per_s'])} "
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
        lines.append(f"| {b['method']} | {b['parameters'] or '–'} | {fmt_ns(b['median_ns'])} | "
                     f"{fmt_bytes(b['allocated_bytes'])} |")
    lines.append("")
    notes = []
    ingest_row = next((b for b in rows if b["method"] == "IngestReporterDatagram"), None)
    if ingest_row and ingest_row["median_ns"]:
        per_line = ingest_row["median_ns"] / 18
        notes.append(f"Ingest costs about {per_line:.0f} ns per line once warm "
                     f"({1e9 / per_line:,.0f} lines/s on one core, allocating "
                     f"{fmt_bytes(ingest_row['allocated_bytes'])} per datagram): the socket, not the "
                     "parser, bounds what the collector takes.")
    writer = [b for b in rows if b["method"] == "WriteMetrics" and b["parameters"] == "Series=100000"]
    if writer and writer[0]["median_ns"]:
        notes.append(f"/metrics with 100,000 series takes {fmt_us(writer[0]['median_ns'])} to build and "
                     f"allocates {fmt_bytes(writer[0]['allocated_bytes'])}; a 15 s scrape interval leaves "
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
        lines.append(f"| `popcon {name}` | {fmt_ms(r['median_ms'])} ms | {fmt_ms(r['min_ms'])} ms | "
                     f"{fmt_ms(r['max_ms'])} ms |")
    for key, r in d["query"].items():
        if key.startswith("daily_"):
            lines.append(f"| main query, last {key[6:-1]} days ({r['rows']:,} rows) | "
                         f"{fmt_ms(r['median_ms'])} ms | {fmt_ms(r['min_ms'])} ms | |")
    lines.append(f"| `popcon serve` start to ready (loads every series) | {d['serve_ready_ms']} ms | | |")
    for name, r in d["http"].items():
        lines.append(f"| {name} | {fmt_ms(r['median_ms'])} ms | {fmt_ms(r['min_ms'])} ms | {fmt_ms(r['max_ms'])} ms |")
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
