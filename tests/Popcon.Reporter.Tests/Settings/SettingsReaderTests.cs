namespace Popcon.Reporter.Tests.Settings;

public sealed class SettingsReaderTests
{
    [Fact]
    public void Without_any_variable_every_setting_has_its_documented_default()
    {
        var settings = Read();

        Assert.Equal(
            (false, "127.0.0.1", 8125, TagMode.DogStatsD, "dotnet_popcon", true, 60, 0),
            (settings.Disabled, settings.Host, settings.Port, settings.Tags, settings.Prefix, settings.IncludeVersions,
                settings.FlushIntervalSeconds, settings.ExcludedProcesses.Count));
    }

    [Fact]
    public void Every_variable_is_read()
    {
        var settings = Read(
            ("POPCON_DISABLE", "true"), ("POPCON_STATSD_HOST", "localhost"), ("POPCON_STATSD_PORT", "9125"),
            ("POPCON_STATSD_TAGS", "NONE"), ("POPCON_STATSD_PREFIX", "acme.popcon"), ("POPCON_VERSIONS", "0"),
            ("POPCON_FLUSH_INTERVAL", "0"), ("POPCON_EXCLUDE_PROCESSES", " pwsh , ,dotnet-ef"));

        Assert.Equal(
            (true, "localhost", 9125, TagMode.None, "acme.popcon", false, 0),
            (settings.Disabled, settings.Host, settings.Port, settings.Tags, settings.Prefix, settings.IncludeVersions,
                settings.FlushIntervalSeconds));
        Assert.Equal(["pwsh", "dotnet-ef"], settings.ExcludedProcesses);
    }

    [Fact]
    public void The_python_reporter_variables_are_used_when_the_popcon_ones_are_unset()
    {
        var settings = Read(("PYTHON_POPCONTEST_STATSD_HOST", "::1"), ("PYTHON_POPCONTEST_STATSD_PORT", "8126"));

        Assert.Equal(("::1", 8126), (settings.Host, settings.Port));
    }

    [Fact]
    public void The_popcon_variables_win_over_the_python_reporter_ones()
    {
        var settings = Read(
            ("POPCON_STATSD_HOST", "127.0.0.2"), ("POPCON_STATSD_PORT", "8127"),
            ("PYTHON_POPCONTEST_STATSD_HOST", "::1"), ("PYTHON_POPCONTEST_STATSD_PORT", "8126"));

        Assert.Equal(("127.0.0.2", 8127), (settings.Host, settings.Port));
    }

    [Theory]
    [InlineData("POPCON_STATSD_PORT", "http")]
    [InlineData("POPCON_STATSD_PORT", "-1")]
    [InlineData("POPCON_STATSD_PORT", "70000")]
    [InlineData("POPCON_STATSD_HOST", "")]
    [InlineData("POPCON_STATSD_HOST", "a host/with space")]
    [InlineData("POPCON_STATSD_TAGS", "influx")]
    [InlineData("POPCON_STATSD_PREFIX", "bad prefix!")]
    [InlineData("POPCON_STATSD_PREFIX", ".leading")]
    [InlineData("POPCON_VERSIONS", "maybe")]
    [InlineData("POPCON_FLUSH_INTERVAL", "-5")]
    [InlineData("POPCON_FLUSH_INTERVAL", "1e3")]
    [InlineData("POPCON_FLUSH_INTERVAL", "99999999999")]
    public void A_malformed_value_falls_back_to_the_default(string name, string value)
    {
        var defaults = Read();

        var settings = Read((name, value));

        Assert.Equal(
            (defaults.Host, defaults.Port, defaults.Tags, defaults.Prefix, defaults.IncludeVersions, defaults.FlushIntervalSeconds),
            (settings.Host, settings.Port, settings.Tags, settings.Prefix, settings.IncludeVersions, settings.FlushIntervalSeconds));
    }

    private static ReporterSettings Read(params (string Name, string Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return SettingsReader.Read(name => map.TryGetValue(name, out var value) ? value : null);
    }
}
