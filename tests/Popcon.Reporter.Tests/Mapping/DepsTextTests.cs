using System.Text;
using Popcon.Reporter.Deps;
using Popcon.Reporter.Tests.Infrastructure;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class DepsTextTests : IDisposable
{
    private readonly TempDirectory _dir = new("depstext");

    [Fact]
    public void A_file_is_read_whole_as_utf8_without_its_byte_order_mark()
    {
        var path = _dir.Combine("app.deps.json");
        var text = "{\"Zürich\":\"" + new string('x', 40_000) + "\"}";
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        Assert.Equal(text, DepsText.Read(path, maxBytes: 1_000_000));
    }

    [Fact]
    public void A_missing_file_or_folder_reads_as_null()
    {
        Assert.Null(DepsText.Read(_dir.Combine("none.deps.json"), maxBytes: 1000));
        Assert.Null(DepsText.Read(_dir.Combine("none", "app.deps.json"), maxBytes: 1000));
    }

    [Theory]
    [InlineData(1000, 1000, false)]
    [InlineData(1001, 1000, true)]
    [InlineData(70_000, 65_536, true)]
    [InlineData(65_536, 65_536, false)]
    public void A_file_larger_than_the_limit_reads_as_null(int size, int limit, bool tooLarge)
    {
        var path = _dir.Combine("big.deps.json");
        File.WriteAllText(path, new string('7', size));

        var text = DepsText.Read(path, limit);

        Assert.Equal(tooLarge ? null : new string('7', size), text);
    }

    [Fact]
    public void A_folder_in_place_of_the_file_is_never_read_as_text()
    {
        Directory.CreateDirectory(_dir.Combine("app.deps.json"));

        // Depending on the file system a folder's size looks huge (skipped) or reading it fails.
        try
        {
            Assert.Null(DepsText.Read(_dir.Combine("app.deps.json"), 1000));
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task A_fifo_named_like_a_deps_file_is_an_io_error_not_a_wait_for_a_writer()
    {
        var fifo = _dir.Combine("plugin.deps.json");
        ProcessRunner.RunChecked("mkfifo", [fifo]);

        // Without a writer, a blocking open would never return: the guard keeps the test finite.
        var read = Task.Run(() => Assert.ThrowsAny<IOException>(() => DepsText.Read(fifo, 1000)));

        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.True(finished == read, "reading a FIFO blocked");
        await read;
    }

    [Fact]
    public void A_device_named_like_a_deps_file_is_an_io_error_not_an_endless_read()
    {
        var device = _dir.Combine("zero.deps.json");
        File.CreateSymbolicLink(device, "/dev/zero");

        Assert.ThrowsAny<IOException>(() => DepsText.Read(device, 32L * 1024 * 1024));
    }

    public void Dispose() => _dir.Dispose();
}
