using Microsoft.Data.Sqlite;

namespace Popcon.Collector.Tests.Support;

/// <summary>Reads the SQLite file directly, as reports do.</summary>
public static class StoreReader
{
    public static List<(string Name, string Labels, double Total)> Series(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, labels, total FROM series ORDER BY name, labels";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, double)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDouble(2)));
        }

        return rows;
    }

    public static List<(string Name, string Labels, string Day, double Value)> Daily(string databasePath)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.name, s.labels, d.day, d.value FROM daily d JOIN series s ON s.id = d.series_id
            ORDER BY s.name, s.labels, d.day
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<(string, string, string, double)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetDouble(3)));
        }

        return rows;
    }

    public static string Scalar(string databasePath, string sql)
    {
        using var connection = Open(databasePath);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }
}
