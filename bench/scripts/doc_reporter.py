"""The reporter sections of docs/benchmarks.md: whole-process cost and in-process exit work.
Each section takes all results (None for a part that did not run) and returns (markdown lines,
reading notes)."""
from doc_format import fmt_bytes, fmt_us

APPS = [("hello10", "hello world, .NET 10"), ("many", "100 packages, .NET 10"),
        ("hello-sc8", "hello world, .NET 8 self-contained")]
SETUPS = [("no-hook", "no hook"), ("empty-hook", "empty hook"),
          ("popcon-disabled", "popcon, POPCON_DISABLE=1"),
          ("popcon-listening", "popcon, collector listening"),
          ("popcon-portable", "popcon portable build, listening"),
          ("popcon-nothing-listening", "popcon, nothing listening")]
TARGET_MS = 3.0
OWN_CODE = "the hook's own code"  # a group of aggregate-hyperfine.py's jit_group


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
    lines += ["", "The popcon columns set `DOTNET_STARTUP_HOOKS` to the loader, "
              "`Popcon.StartupHook.dll`, as deployed, which starts the reporter compiled ahead of "
              "time for the process's runtime; *popcon portable build* names the hook folder's "
              "portable `Popcon.Reporter.dll` instead, which the JIT compiles in every process, as "
              "on platforms and runtimes without a compiled build.", "",
              f"popcon's own cost is its median minus the empty hook's median (target: at most "
              f"{TARGET_MS:.0f} ms, for popcon as deployed).", "",
              "| app | empty hook − no hook | popcon disabled − empty hook | listening − empty hook "
              "| nothing listening − empty hook | portable build − empty hook | target |",
              "| --- | ---: | ---: | ---: | ---: | ---: | --- |"]
    notes, missed, evaluated = [], [], 0
    for app, label in APPS:
        med = {setup: (c.get(f"{app}/{setup}") or {}).get("median_ms") for setup, _ in SETUPS}
        if None in med.values():
            continue
        base = med["empty-hook"]
        listening, silent = med["popcon-listening"] - base, med["popcon-nothing-listening"] - base
        # The target is for popcon as deployed (the loader); the portable build is shown for
        # what platforms without a build compiled ahead of time pay.
        ok = listening <= TARGET_MS and silent <= TARGET_MS
        evaluated += 1
        if not ok:
            missed.append((label, listening, silent, med["popcon-disabled"] - base))
        lines.append(f"| {label} | {med['empty-hook'] - med['no-hook']:+.1f} | "
                     f"{med['popcon-disabled'] - base:+.1f} | {listening:+.1f} | {silent:+.1f} | "
                     f"{med['popcon-portable'] - base:+.1f} | {'met' if ok else '**missed**'} |")
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
            shown = [(setup, label) for setup, label in SETUPS if setup in groups]
            names = sorted(set().union(*(groups[setup] for setup, _ in shown)))
            lines += ["", "The methods JIT-compiled, by where they live (one run each, from the "
                      "runtime's own list, `DOTNET_JitDisasmSummary`):", "",
                      "| methods of | " + " | ".join(label for _, label in shown) + " |",
                      "| --- |" + " ---: |" * len(shown)]
            for name in names:
                lines.append(f"| {name} | " + " | ".join(
                    str(groups[setup].get(name, 0)) for setup, _ in shown) + " |")
        extra = sorted(set(jit.get("popcon-listening", {}).get("loaded", []))
                       - set(jit.get("empty-hook", {}).get("loaded", [])))
        if extra:
            lines += ["", "Assemblies popcon's hook brings into a hello world that an empty hook "
                      "does not: " + ", ".join(f"`{a}`" for a in extra) + "."]
        lines.append("")
    if missed:
        worst = max(missed, key=lambda m: max(m[1], m[2]))
        notes.append(
            f"**Reporter target missed**: popcon as deployed adds up to "
            f"{max(worst[1], worst[2]):.0f} ms over an empty hook ({worst[0]}), against a target of "
            f"{TARGET_MS:.0f} ms; the listening column above gives each app's figure. With "
            "POPCON_DISABLE=1 the hook loads, starts its thread, reads its settings and stops: that "
            f"column ({worst[3]:+.0f} ms in the same app) is the price of loading and starting "
            "popcon's loader and reporter. " + _where_sentence() + " The "
            ".NET 8 self-contained rows vary most from run to run (see their ranges)."
            + _jit_sentence(jit) + _own_code_sentence(d) + _warm_sentence(data) +
            " Next step for the reporter: fewer distinct methods and types on its thread (each "
            "first call costs the runtime a lookup, each first type a load), found with the "
            "runtime's own type-load and method events.")
    elif evaluated:
        notes.append(f"The reporter stays within {TARGET_MS:.0f} ms of an empty hook in every app, "
                     "whether a collector listens or not. " + _where_sentence()
                     + _jit_sentence(jit) + _own_code_sentence(d) + _warm_sentence(data))
    portable = _portable_sentence(c, jit)
    if portable:
        notes.append(portable)
    return lines, notes


def _where_sentence():
    """Where the hook's time goes, as measured in process (docs/reporter.md)."""
    return ("The reporter's code is compiled ahead of time. Measured in process (thread CPU "
            "time), it holds the host's main thread well under a millisecond at start (loader "
            "and reporter together) and about 0.2 ms at exit, "
            "and does the rest on its own thread in parallel with the host: about 3 ms of CPU in "
            "a hello world, nearly all of it the runtime doing things for the first time in the "
            "process (loading types, resolving methods), which on two cores still competes with "
            "the host's own start.")


def _portable_sentence(c, jit):
    """What ahead-of-time compilation saves: the portable build against the deployed one."""
    pairs = []
    for app, label in APPS:
        compiled = (c.get(f"{app}/popcon-listening") or {}).get("median_ms")
        portable = (c.get(f"{app}/popcon-portable") or {}).get("median_ms")
        if compiled is not None and portable is not None:
            pairs.append((label, portable - compiled))
    if not pairs:
        return ""
    saved = "; ".join(f"{delta:+.1f} ms for {label}" for label, delta in pairs)
    sentence = ("The portable build, which the JIT compiles in every process, against the build "
                f"compiled ahead of time that the loader picks: {saved}. That difference is what "
                "a process pays where no compiled build fits its runtime (other processors and "
                "systems, newer runtimes).")
    pop, portable = jit.get("popcon-listening"), jit.get("popcon-portable")
    if pop and portable:
        sentence += (f" In a hello world the JIT compiles {portable['jit_methods']:.0f} methods in "
                     f"the whole process with the portable build, {pop['jit_methods']:.0f} with "
                     "the compiled one.")
    return sentence


def _jit_sentence(jit):
    pop, empty = jit.get("popcon-listening"), jit.get("empty-hook")
    if not pop or not empty:
        return ""
    methods = pop['jit_methods'] - empty['jit_methods']
    assemblies = pop['assemblies'] - empty['assemblies']
    return (f" In a hello world the hook makes the JIT compile {methods:.0f} "
            f"more method{'' if round(methods) == 1 else 's'} than an empty hook "
            f"({pop['jit_ms'] - empty['jit_ms']:.0f} ms more JIT time) and loads {assemblies:.0f} "
            f"more assembl{'y' if round(assemblies) == 1 else 'ies'}.")


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
    return (f" Warm, in process, the same exit work takes {fmt_us(flush['Packages=10'])} for 10 "
            f"packages and {fmt_us(flush['Packages=100'])} for 100 (table below).")


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
            cells += [fmt_us(b.get("median_ns")), fmt_bytes(b.get("allocated_bytes"))]
        lines.append(f"| {n} | " + " | ".join(cells) + " |")
    lines.append("")
    big = by.get(("ExitFlush", "Packages=1000"), {}).get("median_ns")
    mid = by.get(("ExitFlush", "Packages=100"), {}).get("median_ns")
    if big is not None and mid:
        budget = "inside" if big < 200e6 else "**beyond**"
        mapped = by.get(("MapOnly", "Packages=1000"), {}).get("median_ns") or 0
        share = (f"; {100 * mapped / big:.0f} % of it is reading deps.json and classifying "
                 "(the *map* column)") if mapped else ""
        notes.append(f"Warm, the whole exit flush for 1,000 packages takes {fmt_us(big)} "
                     f"({big / mid:.1f}x the 100-package time), {budget} the hook's 200 ms exit "
                     f"budget{share}.")
    return lines, notes
