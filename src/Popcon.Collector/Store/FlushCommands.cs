using Microsoft.Data.Sqlite;

namespace Popcon.Collector.Store;

/// <summary>The three prepared statements a flush runs for each pending increment.</summary>
internal sealed class FlushCommands : IDisposable
{
    private readonly SqliteCommand _insertSeries;
    private readonly SqliteCommand _addToSeries;
    private readonly SqliteCommand _addToDay;

    public FlushCommands(SqliteConnection connection)
    {
        _insertSeries = Create(
            connection,
            """
            INSERT INTO series (name, labels, total, first_day, last_day) VALUES ($name, $labels, 0, $day, $day)
            ON CONFLICT (name, labels) DO UPDATE SET name = excluded.name RETURNING id
            """,
            "$name", "$labels", "$day");
        _addToSeries = Create(
            connection,
            """
            UPDATE series SET total = total + $value, first_day = min(first_day, $day),
              last_day = max(last_day, $day) WHERE id = $id
            """,
            "$id", "$value", "$day");
        _addToDay = Create(
            connection,
            """
            INSERT INTO daily (series_id, day, value) VALUES ($id, $day, $value)
            ON CONFLICT (series_id, day) DO UPDATE SET value = value + excluded.value
            """,
            "$id", "$value", "$day");
    }

    public void Enlist(SqliteTransaction transaction)
    {
        _insertSeries.Transaction = transaction;
        _addToSeries.Transaction = transaction;
        _addToDay.Transaction = transaction;
    }

    public long InsertSeries(Series series, string day)
    {
        _insertSeries.Parameters["$name"].Value = series.Name;
        _insertSeries.Parameters["$labels"].Value = series.LabelsJson;
        _insertSeries.Parameters["$day"].Value = day;
        return (long)_insertSeries.ExecuteScalar()!;
    }

    public void AddToSeries(long id, double value, string day) => Run(_addToSeries, id, value, day);

    public void AddToDay(long id, double value, string day) => Run(_addToDay, id, value, day);

    public void Dispose()
    {
        _insertSeries.Dispose();
        _addToSeries.Dispose();
        _addToDay.Dispose();
    }

    private static void Run(SqliteCommand command, long id, double value, string day)
    {
        command.Parameters["$id"].Value = id;
        command.Parameters["$value"].Value = value;
        command.Parameters["$day"].Value = day;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Create(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
