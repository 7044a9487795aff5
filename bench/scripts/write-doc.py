#!/usr/bin/env python3
"""Writes docs/benchmarks.md from one run's results (bench/run-all.sh calls it).

usage: write-doc.py RESULTS_DIR DOC COMMAND STARTED SMOKE
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import doc_collector  # noqa: E402  (beside this file)
import doc_notes  # noqa: E402
import doc_reporter  # noqa: E402
import machine  # noqa: E402


def load(results, name):
    path = os.path.join(results, name + ".json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    results, doc, command, started, smoke = sys.argv[1:6]
    data = {name: load(results, name)
            for name in ("reporter-process", "inprocess", "collector-ingest", "reports")}
    out = ["# Benchmarks", ""]
    if smoke == "1":
        out += ["**Smoke run: sizes and repeats are tiny; these numbers mean nothing.**", ""]
    out += [
        "What popcon costs the processes it watches, how much statsd traffic its collector "
        "takes, and how fast its reports are, measured side by side with the alternatives in "
        "one run of `" + command + "` (all traffic on 127.0.0.1). Every number below comes from "
        "that run; the reading at the end says what they mean and where a target is missed.",
        "",
    ]
    out += machine.section(results, command, started)
    reading = []
    for render in (doc_reporter.reporter_process, doc_reporter.inprocess,
                   doc_collector.ingest, doc_collector.parser_writer, doc_collector.reports):
        lines, notes = render(data)
        out += lines
        reading += notes
    out += ["## Reading", ""] + [f"- {note}" for note in reading] + [""]
    out += doc_notes.METHOD_NOTES
    os.makedirs(os.path.dirname(os.path.abspath(doc)), exist_ok=True)
    with open(doc, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
