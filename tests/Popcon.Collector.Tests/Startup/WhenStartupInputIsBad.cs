using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Popcon.Collector.Tests.Support;

namespace Popcon.Collector.Tests.Startup;

public sealed class WhenStartupInputIsBad
{
    [Fact]
    public async Task A_busy_udp_port_is_named_with_the_option_to_change()
    {
        using var directory = new TempDirectory();
        using var busy = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        busy.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        var port = ((IPEndPoint)busy.LocalEndPoint!).Port;

        var error = await StartFails(directory, o => o.StatsdUdp = $"127.0.0.1:{port}");

        Assert.Equal(
            $"UDP port {port} on 127.0.0.1 is in use: stop the other program or pass --statsd-udp HOST:PORT with a free port.",
            error.Message);
    }

    [Fact]
    public async Task A_busy_tcp_port_is_named_with_the_option_to_change()
    {
        using var directory = new TempDirectory();
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var error = await StartFails(directory, o => o.StatsdTcp = $"127.0.0.1:{port}");

        Assert.StartsWith($"TCP port {port} on 127.0.0.1 is in use", error.Message, StringComparison.Ordinal);
        Assert.Contains("--statsd-tcp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_busy_web_port_is_named_with_the_option_to_change()
    {
        using var directory = new TempDirectory();
        using var busy = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;

        var error = await StartFails(directory, o => o.Web = $"127.0.0.1:{port}");

        Assert.StartsWith($"The web address 127.0.0.1:{port} cannot be used", error.Message, StringComparison.Ordinal);
        Assert.Contains("--web HOST:PORT", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8125")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:99999")]
    [InlineData("example.invalid:8125")]
    [InlineData("::1:8125")]
    public async Task A_malformed_address_is_refused_with_an_example(string address)
    {
        using var directory = new TempDirectory();

        var error = await StartFails(directory, o => o.StatsdUdp = address);

        Assert.Equal(
            $"The address '{address}' is not HOST:PORT with an IP address or localhost: pass --statsd-udp "
            + "like 127.0.0.1:8125 or [::1]:8125, or an empty value to turn it off.",
            error.Message);
    }

    [Fact]
    public async Task A_malformed_web_address_is_refused_with_the_web_port_as_example()
    {
        using var directory = new TempDirectory();

        var error = await StartFails(directory, o => o.Web = "nonsense");

        Assert.Equal(
            "The address 'nonsense' is not HOST:PORT with an IP address or localhost: pass --web "
            + "like 127.0.0.1:9102 or [::1]:9102, or an empty value to turn it off.",
            error.Message);
    }

    [Fact]
    public async Task A_start_that_fails_leaves_no_database_file_behind()
    {
        using var directory = new TempDirectory();
        using var blocker = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        blocker.Start();
        var busy = ((System.Net.IPEndPoint)blocker.LocalEndpoint).Port;

        await StartFails(directory, o => o.Web = "127.0.0.1:" + busy);

        Assert.Empty(Directory.GetFiles(directory.Path));
    }

    [Fact]
    public async Task An_empty_database_path_is_refused()
    {
        using var directory = new TempDirectory();

        var error = await StartFails(directory, o => o.DatabasePath = "");

        Assert.Equal("No database path was given: pass --db PATH (the file is created if missing).", error.Message);
    }

    [Fact]
    public async Task A_missing_database_directory_is_refused()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "absent", "popcon.db");

        var error = await StartFails(directory, o => o.DatabasePath = path);

        Assert.StartsWith($"The database directory {Path.GetDirectoryName(path)} does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_is_refused_and_left_untouched()
    {
        using var directory = new TempDirectory();
        var path = directory.File("notes.txt");
        await File.WriteAllTextAsync(path, new string('x', 4096));

        var error = await StartFails(directory, o => o.DatabasePath = path);

        Assert.StartsWith($"The database {path} cannot be opened", error.Message, StringComparison.Ordinal);
        Assert.Equal(new string('x', 4096), await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Another_applications_sqlite_database_is_refused()
    {
        using var directory = new TempDirectory();
        var path = directory.File("other.db");
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE things (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var error = await StartFails(directory, o => o.DatabasePath = path);

        Assert.Equal(
            $"The file {path} is not a popcon database: pass a new or popcon file with --db.", error.Message);
    }

    [Theory]
    [InlineData("MaxSeries", "--max-series")]
    [InlineData("MaxLabels", "--max-labels")]
    [InlineData("MaxLabelValueLength", "--max-label-value-length")]
    [InlineData("MaxLineLength", "--max-line-length")]
    [InlineData("RetentionDays", "--retention-days")]
    [InlineData("FlushInterval", "--flush-interval")]
    public async Task A_limit_out_of_range_names_its_option(string property, string option)
    {
        using var directory = new TempDirectory();

        var error = await StartFails(directory, o =>
        {
            if (property == "FlushInterval")
            {
                o.FlushInterval = TimeSpan.Zero;
            }
            else
            {
                typeof(CollectorOptions).GetProperty(property)!.SetValue(o, 0);
            }
        });

        Assert.Contains(option, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_addresses_turn_listeners_off()
    {
        using var directory = new TempDirectory();
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        options.StatsdTcp = "";
        options.Web = null;

        await using var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, default);

        Assert.NotNull(host.UdpEndPoint);
        Assert.NotEqual(0, host.UdpEndPoint.Port);
        Assert.Null(host.TcpEndPoint);
        Assert.Null(host.WebAddress);
    }

    [Ipv6Fact]
    public async Task Ipv6_loopback_addresses_are_accepted()
    {
        using var directory = new TempDirectory();
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        options.StatsdUdp = "[::1]:0";
        options.Web = "[::1]:0";

        await using var host = await CollectorHost.StartAsync(options, NullLoggerFactory.Instance, default);
        using var http = new HttpClient { BaseAddress = host.WebAddress };

        Assert.Equal(IPAddress.IPv6Loopback, host.UdpEndPoint!.Address);
        Assert.Equal("OK\n", await http.GetStringAsync("/-/healthy"));
    }

    private static async Task<CollectorStartupException> StartFails(TempDirectory directory, Action<CollectorOptions> configure)
    {
        var options = RunningCollector.LoopbackOptions(directory.File("popcon.db"));
        configure(options);
        return await Assert.ThrowsAsync<CollectorStartupException>(
            () => CollectorHost.StartAsync(options, NullLoggerFactory.Instance, CancellationToken.None));
    }
}
