using Microsoft.Data.Sqlite;

namespace Popcon.Collector.Store;

/// <summary>The SQLite file: opened once, written only by the writer thread.</summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly FlushCommands _commands;

    private SqliteStore(SqliteConnection connection)
    {
        _connection = connection;
        _commands = new FlushCommands(connection);
    }

    public string Path { get; private init; } = "";

    /// <summary>Opens or creates the database; throws <see cref="CollectorStartupException"/>
    /// when the file cannot be used.</summary>
    public static SqliteStore Open(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(full);
        if (directory is not null && !Directory.Exists(directory))
        {
            throw new CollectorStartupException(
                $"The database directory {directory} does not exist: create it or pass another path "
                + $"with {OptionNames.Database}.");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 5,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            // WAL with synchronous=NORMAL: a killed process loses nothing committed
            Execute(
                connection,
                "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            EnsureSchema(connection, full);
            return new SqliteStore(connection) { Path = full };
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new CollectorStartupException(
                $"The database {full} cannot be opened ({ex.SqliteErrorCode}: {ex.Message.TrimEnd('.')}): "
                + $"check the file's permissions or pass a new file with {OptionNames.Database}.",
                ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Puts every stored series into the table.</summary>
    public void LoadInto(SeriesTable table)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id, name, labels, total, first_day, last_day FROM series ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var labelsJson = reader.GetString(2);
            var series = new Series(
                reader.GetString(1), labelsJson, LabelsJson.Read(labelsJson),
                Days.Parse(reader.GetString(4)), Days.Parse(reader.GetString(5)))
            {
                Id = reader.GetInt64(0),
                // a total an older release let overflow to +Inf: JSON cannot carry it
                Total = Math.Min(reader.GetDouble(3), double.MaxValue),
            };
            table.Load(series);
        }
    }

    /// <summary>Adds the increments in one transaction; all or nothing.</summary>
    public void Flush(Dictionary<PendingKey, double> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var newIds = new List<(Series Series, long Id)>();
        using (var transaction = _connection.BeginTransaction())
        {
            _commands.Enlist(transaction);
            foreach (var ((series, day), value) in pending)
            {
                var dayText = Days.Format(day);
                var id = series.Id;
                if (id == 0)
                {
                    id = _commands.InsertSeries(series, dayText);
                    newIds.Add((series, id));
                }

                _commands.AddToSeries(id, value, dayText);
                _commands.AddToDay(id, value, dayText);
            }

            transaction.Commit();
        }

        // ids count only once the rows are committed
        foreach (var (series, id) in newIds)
        {
            series.Id = id;
        }
    }

    /// <summary>Deletes per-day rows older than <paramref name="firstKeptDay"/>.</summary>
    public int PruneDailyBefore(int firstKeptDay)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "DELETE FROM daily WHERE day < $day";
        command.Parameters.AddWithValue("$day", Days.Format(firstKeptDay));
        return command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _commands.Dispose();
        _connection.Dispose();
    }

    private static void EnsureSchema(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, Schema.Create, transaction);
            transaction.Commit();
            return;
        }

        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'";
        var hasMeta = Convert.ToInt64(
            command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 1;
        command.CommandText = "SELECT value FROM meta WHERE key = 'application'";
        if (!hasMeta || command.ExecuteScalar() as string != "popcon")
        {
            throw new CollectorStartupException(
                $"The file {path} is not a popcon database: pass a new or popcon file with "
                + $"{OptionNames.Database}.");
        }

        command.CommandText = "SELECT value FROM meta WHERE key = 'schema_version'";
        var version = command.ExecuteScalar() as string;
        if (version != Schema.Version)
        {
            throw new CollectorStartupException(
                $"The database {path} has schema version {version ?? "(none)"} but this popcon reads version "
                + $"{Schema.Version}: use the popcon release that wrote it or pass a new file with "
                + $"{OptionNames.Database}.");
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
