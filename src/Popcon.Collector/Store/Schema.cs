namespace Popcon.Collector.Store;

/// <summary>The store schema of docs/architecture.md, version 1.</summary>
internal static class Schema
{
    public const string Version = "1";

    public const string Create = """
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
        """;
}
