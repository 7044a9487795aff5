using Microsoft.Data.Sqlite;

namespace Popcon.Collector.Reports;

/// <summary>Checks the <c>meta</c> table that marks a file as a popcon store.</summary>
internal static class StoreMeta
{
    public const int SupportedSchemaVersion = 1;

    public static async Task CheckAsync(
        SqliteConnection connection, string path, CancellationToken cancellationToken)
    {
        string? application;
        string? schemaVersion;
        try
        {
            application = await ReadAsync(connection, "application", cancellationToken)
                .ConfigureAwait(false);
            schemaVersion = await ReadAsync(connection, "schema_version", cancellationToken)
                .ConfigureAwait(false);
        }
        catch (SqliteException ex)
        {
            throw new ReportException(
                $"{path} is not a popcon database ({FirstSentence(ex.Message)})", ex);
        }

        if (application != "popcon")
        {
            throw new ReportException(
                $"{path} is not a popcon database (its meta table does not say application=popcon)");
        }

        if (!int.TryParse(schemaVersion, out var version) || version > SupportedSchemaVersion)
        {
            throw new ReportException(
                $"{path} has store schema version {schemaVersion ?? "(none)"}; this popcon reads " +
                $"version {SupportedSchemaVersion}, upgrade popcon");
        }
    }

    private static async Task<string?> ReadAsync(
        SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf('\n', StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).Trim().TrimEnd('.');
    }
}
