using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Popcon.Cli.Tests.Fixtures;

/// <summary>
/// Test fixture writer: creates a SQLite file with the store schema of docs/architecture.md and
/// inserts rows as the collector would. Only tests use it; popcon itself never writes a store here.
/// </summary>
public sealed class StoreFixtureWriter : IDisposable
{
    public const string Schema = """
        PRAGMA journal_mode = WAL;
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
        """;

    private readonly SqliteConnection _connection;

    private StoreFixtureWriter(string path, bool popconMeta)
    {
        Path = path;
        _connection = new SqliteConnection($"Data Source={path};Pooling=False");
        _connection.Open();
        Execute(Schema);
        if (popconMeta)
        {
            Execute("INSERT INTO meta VALUES ('application','popcon'), ('schema_version','1');");
        }
    }

    public string Path { get; }

    /// <summary>A new store with the meta rows that mark it as popcon's.</summary>
    public static StoreFixtureWriter Create(string path) => new(path, popconMeta: true);

    /// <summary>A file with the same tables but no popcon meta rows.</summary>
    public static StoreFixtureWriter CreateWithoutMeta(string path) => new(path, popconMeta: false);

    /// <summary>Adds <paramref name="value"/> increments of a series on <paramref name="day"/>.</summary>
    public StoreFixtureWriter Add(string metric, string day, double value, params string[] labelPairs)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < labelPairs.Length; i += 2)
        {
            labels[labelPairs[i]] = labelPairs[i + 1];
        }

        var json = JsonSerializer.Serialize(labels);
        Execute(
            """
            INSERT INTO series (name, labels, total, first_day, last_day)
            VALUES ($name, $labels, $value, $day, $day)
            ON CONFLICT (name, labels) DO UPDATE SET
              total = total + excluded.total,
              first_day = min(first_day, excluded.first_day),
              last_day = max(last_day, excluded.last_day);
            INSERT INTO daily (series_id, day, value)
            VALUES ((SELECT id FROM series WHERE name = $name AND labels = $labels), $day, $value)
            ON CONFLICT (series_id, day) DO UPDATE SET value = value + excluded.value;
            """,
            ("$name", metric), ("$labels", json), ("$day", day), ("$value", value));
        return this;
    }

    /// <summary>Adds one report and one package use per package, as one process would.</summary>
    public StoreFixtureWriter Process(string day, params (string Package, string Version)[] packages)
    {
        Add("dotnet_popcon_reports_total", day, 1);
        foreach (var (package, version) in packages)
        {
            Add("dotnet_popcon_package_used_total", day, 1, "package", package, "version", version);
        }

        return this;
    }

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
