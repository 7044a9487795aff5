using Popcon.Reporter.Mapping;

namespace Popcon.Reporter.Wire;

/// <summary>Writes the statsd counter lines of docs/architecture.md.</summary>
internal sealed class StatsdFormatter
{
    private readonly string _prefix;
    private readonly TagMode _tags;
    private readonly bool _versions;

    public StatsdFormatter(string prefix, TagMode tags, bool includeVersions)
    {
        _prefix = prefix;
        _tags = tags;
        _versions = includeVersions;
    }

    public string PackageLine(PackageUse use)
    {
        if (_tags == TagMode.None)
        {
            // Plain: <prefix>.package_used.<id>[/<version>]:1|c
            return _prefix + ".package_used." + use.Id + VersionSuffix(use.Version) + ":1|c";
        }

        // Tagged: <prefix>.package_used_total:1|c|#package:<id>[,version:<v>][,source:<s>]
        var line = _prefix + ".package_used_total:1|c|#package:" + use.Id + VersionTag(use.Version);
        return use.Source is null ? line : line + ",source:" + use.Source;
    }

    public string RuntimeLine(string name, string version)
    {
        if (_tags == TagMode.None)
        {
            // Plain: <prefix>.runtime_used.<name>[/<version>]:1|c
            return _prefix + ".runtime_used." + name + VersionSuffix(version) + ":1|c";
        }

        // Tagged: <prefix>.runtime_used_total:1|c|#runtime:<name>[,version:<v>]
        return _prefix + ".runtime_used_total:1|c|#runtime:" + name + VersionTag(version);
    }

    public string ReportLine()
    {
        // Tagged: <prefix>.reports_total:1|c   Plain: <prefix>.reports:1|c
        return _prefix + (_tags == TagMode.None ? ".reports:1|c" : ".reports_total:1|c");
    }

    private string VersionSuffix(string version)
    {
        return _versions ? "/" + version : string.Empty;
    }

    private string VersionTag(string version)
    {
        return _versions ? ",version:" + version : string.Empty;
    }
}
