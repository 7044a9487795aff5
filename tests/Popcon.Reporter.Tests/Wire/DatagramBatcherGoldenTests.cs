using System.Text;
using Popcon.Reporter.Wire;

namespace Popcon.Reporter.Tests.Wire;

public sealed class DatagramBatcherGoldenTests
{
    [Fact]
    public void Lines_are_joined_by_newlines_without_a_trailing_newline()
    {
        var datagrams = DatagramBatcher.Batch(["a:1|c", "b:1|c", "c:1|c"]);

        Assert.Equal(["a:1|c\nb:1|c\nc:1|c"], Texts(datagrams));
    }

    [Fact]
    public void Two_lines_filling_exactly_1432_bytes_share_one_datagram()
    {
        var first = Line('a', 715);
        var second = Line('b', 716);

        var datagrams = DatagramBatcher.Batch([first, second]);

        Assert.Equal([first + "\n" + second], Texts(datagrams));
        Assert.Equal(1432, datagrams[0].Length);
    }

    [Fact]
    public void One_byte_more_than_1432_starts_a_second_datagram()
    {
        var first = Line('a', 716);
        var second = Line('b', 716);

        var datagrams = DatagramBatcher.Batch([first, second]);

        Assert.Equal([first, second], Texts(datagrams));
    }

    [Fact]
    public void A_single_line_of_exactly_1432_bytes_is_sent_and_a_longer_one_is_dropped()
    {
        var exact = Line('a', 1432);
        var tooLong = Line('b', 1433);

        var datagrams = DatagramBatcher.Batch([tooLong, exact, "c:1|c"]);

        Assert.Equal([exact, "c:1|c"], Texts(datagrams));
    }

    [Fact]
    public void Real_package_lines_split_at_the_golden_boundary()
    {
        var lines = Enumerable.Range(0, 30)
            .Select(i => $"dotnet_popcon.package_used_total:1|c|#package:package.number{i:D2},version:1.0.0")
            .ToList();

        var datagrams = DatagramBatcher.Batch(lines);

        // Each line is 77 bytes; 18 lines and 17 newlines make 1403 bytes, a 19th would make 1481.
        Assert.Equal(2, datagrams.Count);
        Assert.Equal(string.Join("\n", lines.Take(18)), Encoding.UTF8.GetString(datagrams[0]));
        Assert.Equal(string.Join("\n", lines.Skip(18)), Encoding.UTF8.GetString(datagrams[1]));
    }

    [Fact]
    public void Multi_byte_characters_are_measured_in_bytes_not_chars()
    {
        var first = Line('a', 714) + "\u00e9";
        var second = Line('b', 716);

        var datagrams = DatagramBatcher.Batch([first, second]);

        Assert.Equal(2, datagrams.Count);
    }

    private static string Line(char fill, int bytes) => new(fill, bytes);

    private static List<string> Texts(List<byte[]> datagrams) => datagrams.Select(d => Encoding.UTF8.GetString(d)).ToList();
}
