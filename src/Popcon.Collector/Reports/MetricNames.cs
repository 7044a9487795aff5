namespace Popcon.Collector.Reports;

/// <summary>The metric and label names of docs/architecture.md that reports read.</summary>
public static class MetricNames
{
    /// <summary>One increment per process and package it loaded.</summary>
    public const string PackageUsed = "dotnet_popcon_package_used_total";

    /// <summary>One increment per process and runtime it ran on.</summary>
    public const string RuntimeUsed = "dotnet_popcon_runtime_used_total";

    /// <summary>One increment per reporting process.</summary>
    public const string Reports = "dotnet_popcon_reports_total";

    /// <summary>One increment per Python process and library it imported.</summary>
    public const string PythonLibraryUsed = "python_popcon_library_used";

    /// <summary>One increment per reporting Python process.</summary>
    public const string PythonReports = "python_popcon_reports";

    /// <summary>The package id label.</summary>
    public const string PackageLabel = "package";

    /// <summary>The runtime name label.</summary>
    public const string RuntimeLabel = "runtime";

    /// <summary>The version label.</summary>
    public const string VersionLabel = "version";

    /// <summary>The metric whose increments count the processes behind <paramref name="metric"/>.</summary>
    public static string ReportsFor(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.StartsWith("python_popcon_", StringComparison.Ordinal))
        {
            return PythonReports;
        }

        foreach (var suffix in new[] { "_package_used_total", "_runtime_used_total" })
        {
            if (metric.EndsWith(suffix, StringComparison.Ordinal))
            {
                return string.Concat(metric.AsSpan(0, metric.Length - suffix.Length), "_reports_total");
            }
        }

        return Reports;
    }
}
