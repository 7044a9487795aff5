#!/usr/bin/env python3
"""Writes a popcon store (schema of docs/architecture.md, version 1) holding SERIES package
series with a daily row for each of DAYS days ending on LAST_DAY, plus the runtime and report
series a real fleet has. Values are small random counts. The rows are made by SQLite itself
(recursive CTEs), so millions of rows take seconds.

usage: gen-db.py DB SERIES DAYS LAST_DAY(yyyy-mm-dd)
"""
import os
import sqlite3
import sys

SCHEMA = """
CREATE TABLE meta   (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE series (
  id        INTEGER PRIMARY KEY,
  name      TEXT NOT NULL,
  labels    TEXT NOT NULL,
  total     REAL NOT NULL,
  first_day TEXT NOT NULL,
  last_day  TEXT NOT NULL,
  UNIQUE (name, labels));
CREATE TABLE daily (
  series_id INTEGER NOT NULL REFERENCES series(id),
  day       TEXT NOT NULL,
  value     REAL NOT NULL,
  PRIMARY KEY (series_id, day)) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('application', 'popcon'), ('schema_version', '1');
"""


def main():
    path, series, days, last_day = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.executescript(SCHEMA)
    first_day = db.execute("SELECT date(?, ?)", (last_day, f"-{days - 1} days")).fetchone()[0]
    with db:
        # Package series: package p at one of 5 versions (labels as canonical JSON, keys sorted).
        db.execute("""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
            INSERT INTO series (name, labels, total, first_day, last_day)
            SELECT 'dotnet_popcon_package_used_total',
                   '{"package":"bench.package' || printf('%05d', i / 5) || '","version":"'
                     || (1 + i % 5) || '.0.0"}',
                   0, ?, ? FROM n""", (series, first_day, last_day))
        db.execute("""
            INSERT INTO series (name, labels, total, first_day, last_day) VALUES
              ('dotnet_popcon_runtime_used_total',
               '{"runtime":"microsoft.netcore.app","version":"10.0.12"}', 0, ?, ?),
              ('dotnet_popcon_runtime_used_total',
               '{"runtime":"microsoft.netcore.app","version":"8.0.31"}', 0, ?, ?),
              ('dotnet_popcon_reports_total', '{}', 0, ?, ?)""",
                   (first_day, last_day) * 3)
        db.execute("""
            WITH RECURSIVE d(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM d WHERE k + 1 < ?)
            INSERT INTO daily (series_id, day, value)
            SELECT s.id, date(?, '-' || d.k || ' days'),
                   CASE WHEN s.name = 'dotnet_popcon_reports_total' THEN 100000
                        ELSE 1 + abs(random() % 20) END
            FROM series s, d""", (days, last_day))
        db.execute("""
            UPDATE series SET total = (SELECT sum(value) FROM daily WHERE series_id = series.id)""")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    rows = db.execute("SELECT count(*) FROM daily").fetchone()[0]
    db.close()
    print(f"{path}: {series} package series, {rows} daily rows, {first_day}..{last_day}")


if __name__ == "__main__":
    main()
