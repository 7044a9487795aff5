using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Popcon.Collector.Reports;

/// <summary>
/// Reads usage from the collector's SQLite store (schema in docs/architecture.md), read-only: a
/// report never creates, changes or locks the database for writing.
/// </summary>
public sealed class SqliteUsageSource : IUsageSource
{
    private const string DayFormat = "yyyy-MM-dd";

    private readonly string _path;

    /// <summary>A source over the database file at <paramref name="path"/>.</summary>
    public SqliteUsageSource(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        _path = Path.GetFullPath(path);
    }

    /// <inheritdoc />
    public string Description => _path;

    /// <inheritdoc />
    public async Task<IReadOnlyList<UsageSeries>> ReadAsync(
        string metric,
        IReadOnlyList<string> groupBy,
        ReportWindow window,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);

        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await ReadSeriesAsync(connection, metric, window, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new ReportException($"{_path} could not be read: {ex.Message}", ex);
        }
    }

    /// <summary>Opens the store read-only after checking that it is a popcon database.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            throw new ReportException(
                $"no database at {_path}; start 'popcon serve' first or pass --db");
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await StoreMeta.CheckAsync(connection, _path, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<IReadOnlyList<UsageSeries>> ReadSeriesAsync(
        SqliteConnection connection,
        string metric,
        ReportWindow window,
        CancellationToken cancellationToken)
    {
        var days = await ReadDailyAsync(connection, metric, window, cancellationToken)
            .ConfigureAwait(false);

        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT id, labels, total, first_day, last_day FROM series WHERE name = $name";
        command.Parameters.AddWithValue("$name", metric);

        var result = new List<UsageSeries>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken)
            .ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var id = reader.GetInt64(0);
            var labels = ParseLabels(reader.GetString(1));
            var daily = days.TryGetValue(id, out var found) ? found : [];

            if (window.IsAll)
            {
                var first = ParseDay(reader.GetString(3));
                var last = ParseDay(reader.GetString(4));
                result.Add(new UsageSeries(labels, reader.GetDouble(2), first, last, daily));
            }
            else if (daily.Count > 0)
            {
                result.Add(new UsageSeries(
                    labels, daily.Values.Sum(), daily.Keys.Min(), daily.Keys.Max(), daily));
            }
        }

        return result;
    }

    private static async Task<Dictionary<long, Dictionary<DateOnly, double>>> ReadDailyAsync(
        SqliteConnection connection,
        string metric,
        ReportWindow window,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.series_id, d.day, d.value
            FROM daily d JOIN series s ON s.id = d.series_id
            WHERE s.name = $name AND d.day >= $from AND d.day <= $to AND d.value <> 0
            """;
        command.Parameters.AddWithValue("$name", metric);
        command.Parameters.AddWithValue("$from", FormatDay(window.From ?? DateOnly.MinValue));
        command.Parameters.AddWithValue("$to", FormatDay(window.Until));

        var result = new Dictionary<long, Dictionary<DateOnly, double>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken)
            .ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ParseDay(reader.GetString(1)) is not { } day)
            {
                continue;
            }

            var id = reader.GetInt64(0);
            if (!result.TryGetValue(id, out var perDay))
            {
                perDay = [];
                result[id] = perDay;
            }

            perDay[day] = perDay.GetValueOrDefault(day) + reader.GetDouble(2);
        }

        return result;
    }

    // labels: a JSON object of string values, e.g. {"package":"x","version":"1.0.0"}.
    private static Dictionary<string, string> ParseLabels(string json)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return labels;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                labels[property.Name] = property.Value.ValueKind == JsonValueKind.String
                    ? property.Value.GetString() ?? string.Empty
                    : property.Value.GetRawText();
            }
        }
        catch (JsonException)
        {
            // A damaged label set still counts, under no labels, rather than failing the report.
        }

        return labels;
    }

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(
            text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;

    private static string FormatDay(DateOnly day) =>
        day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
