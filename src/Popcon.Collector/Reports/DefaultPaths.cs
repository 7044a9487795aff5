namespace Popcon.Collector.Reports;

/// <summary>Where reports look for things nobody named on the command line.</summary>
public static class DefaultPaths
{
    /// <summary>The environment variable that names the store.</summary>
    public const string DatabaseVariable = "POPCON_DB";

    /// <summary>
    /// <c>$POPCON_DB</c>, else <c>popcon/popcon.db</c> under the local application data folder
    /// (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on Linux).
    /// </summary>
    public static string Database
    {
        get
        {
            var fromEnvironment = Environment.GetEnvironmentVariable(DatabaseVariable);
            if (!string.IsNullOrWhiteSpace(fromEnvironment))
            {
                return fromEnvironment;
            }

            var data = Environment.GetFolderPath(
                Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return Path.Combine(data, "popcon", "popcon.db");
        }
    }
}
