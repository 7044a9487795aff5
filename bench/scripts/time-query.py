#!/usr/bin/env python3
"""Times the report's main query (per-day increments of one metric over a window, joined to
its series; the query SqliteUsageSource runs) read-only, as the SQLite library alone runs it:
wrapped in a count, so every row is found and filtered but none is copied into Python.

usage: time-query.py DB LAST_DAY DAYS RUNS
"""
import json
import sqlite3
import statistics
import sys
import time

DAILY = """
SELECT d.series_id, d.day, d.value
FROM daily d JOIN series s ON s.id = d.series_id
WHERE s.name = ? AND d.day >= ? AND d.day <= ? AND d.value <> 0
"""


def main():
    path, last_day, days, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    result = {"sqlite": sqlite3.sqlite_version}
    for window in sorted({30, days}):
        first = db.execute("SELECT date(?, ?)", (last_day, f"-{window - 1} days")).fetchone()[0]
        times, rows = [], 0
        for _ in range(max(runs, 1)):
            start = time.perf_counter()
            rows = db.execute(f"SELECT count(*) FROM ({DAILY})",
                              ("dotnet_popcon_package_used_total", first, last_day)).fetchone()[0]
            times.append((time.perf_counter() - start) * 1000)
        result[f"daily_{window}d"] = {"rows": rows, "median_ms": round(statistics.median(times), 1),
                                      "min_ms": round(min(times), 1), "n": len(times)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
