namespace Popcon.Collector.Mapping;

/// <summary>The rules used when no mapping file is given: popcon's plain .NET lines and the
/// Python reporter's lines. Tagged .NET lines need none (escaping alone yields their names).
/// Regexes keep dotted package names whole.</summary>
internal static class BuiltInMappings
{
    public static MetricMapper Create() => new(
    [
        Rule(@"^dotnet_popcon\.package_used\.([^/]+)/(.+)$", "dotnet_popcon_package_used_total",
            ("package", "$1"), ("version", "$2")),
        Rule(@"^dotnet_popcon\.package_used\.([^/]+)$", "dotnet_popcon_package_used_total", ("package", "$1")),
        Rule(@"^dotnet_popcon\.runtime_used\.([^/]+)/(.+)$", "dotnet_popcon_runtime_used_total",
            ("runtime", "$1"), ("version", "$2")),
        Rule(@"^dotnet_popcon\.runtime_used\.([^/]+)$", "dotnet_popcon_runtime_used_total", ("runtime", "$1")),
        Rule(@"^dotnet_popcon\.reports$", "dotnet_popcon_reports_total"),
        Rule(@"^python_popcon\.namespace\.(.+?)\.library_used\.(.+)$", "python_popcon_library_used",
            ("namespace", "$1"), ("library", "$2")),
        Rule(@"^python_popcon\.library_used\.(.+)$", "python_popcon_library_used", ("library", "$1")),
        Rule(@"^python_popcon\.imported_package\.(.+)$", "python_popcon_imported_package", ("package", "$1")),
        Rule(@"^python_popcon\.reports$", "python_popcon_reports"),
    ], "built-in");

    private static MappingRule Rule(string pattern, string name, params (string Key, string Value)[] labels)
    {
        var regex = GoRegex.Compile(pattern);
        return new MappingRule
        {
            Match = pattern,
            Regex = regex,
            GroupNumbers = GoRegex.GroupNumbers(pattern, regex),
            Name = name,
            Labels = [.. labels.Select(l => new KeyValuePair<string, string>(l.Key, l.Value))],
        };
    }
}
