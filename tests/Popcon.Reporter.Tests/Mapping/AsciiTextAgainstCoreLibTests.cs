using System.Text;

namespace Popcon.Reporter.Tests.Mapping;

/// <summary>
/// The reporter's plain-loop string helpers answer exactly as the CoreLib calls they stand in
/// for, on every input: each case is checked against CoreLib itself, not against a copied answer.
/// </summary>
public sealed class AsciiTextAgainstCoreLibTests
{
    public static TheoryData<string> Texts => new()
    {
        string.Empty, "a", "/", "//", "a/", "/a", "a/b/c.dll", "a.b..c.", ".", "..", "a\0b", "\0",
        "Modules", "MODULES", "modules", "ModuleS\u00e9", "fsi.dll", "FSI.DLL", "f\u017Fi.dll",
        "\u212Aelvin", "kelvin", "K", "\u0130stanbul", "istanbul", "\u0131", "I", "i", "@", "`",
        "[", "{", "\u00c5", "\u00e5", "\u212B", "\ud83d\ude00", "\ud83d", "\ude00x", "x\ud83d",
        "\u00df", "SS", "ss", "\ufeffbom", "\u007f", "\u0080", "caf\u00e9/\u00e9t\u00e9;x,y",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Searches_and_splits_match_the_ordinal_CoreLib_calls(string text)
    {
        foreach (var c in new[] { '/', '.', ';', ',', '\0', 'a', '\u00e9' })
        {
            Assert.Equal(text.IndexOf(c, StringComparison.Ordinal), AsciiText.IndexOf(text, c));
            Assert.Equal(text.LastIndexOf(c), AsciiText.LastIndexOf(text, c));
            Assert.Equal(text.Split(c), AsciiText.Split(text, c));
            Assert.Equal(text.Split(c, '/'), AsciiText.Split(text, c, '/'));
        }

        for (var start = 0; start <= text.Length; start++)
        {
            Assert.Equal(text.IndexOf('/', start), AsciiText.IndexOf(text, '/', start));
        }

        Assert.Equal(Path.GetFileName(text), AsciiText.FileName(text));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Case_insensitive_equality_matches_OrdinalIgnoreCase_against_every_other_text(string text)
    {
        foreach (var other in Texts)
        {
            Assert.Equal(
                string.Equals(text, other, StringComparison.OrdinalIgnoreCase),
                AsciiText.EqualsIgnoreCase(text, other));
        }

        Assert.False(AsciiText.EqualsIgnoreCase(text, null));
        Assert.True(AsciiText.EqualsIgnoreCase(null, null));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Utf8_encoding_matches_Encoding_UTF8_lone_surrogates_included(string text)
    {
        Assert.Equal(Encoding.UTF8.GetBytes(text), AsciiText.Utf8(text));
        Assert.Equal(Encoding.UTF8.GetBytes(text + "\0"), AsciiText.Utf8(text, nulTerminated: true));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x7B, 0x7D })]
    [InlineData(new byte[] { 0x61, 0xFF, 0x62 })]
    [InlineData(new byte[] { 0x61, 0xC3 })]
    [InlineData(new byte[] { 0xC3, 0xA9, 0x2F })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80, 0x61 })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF, 0x7F, 0x80 })]
    public void Utf8_decoding_matches_Encoding_UTF8_invalid_bytes_included(byte[] bytes)
    {
        for (var start = 0; start <= bytes.Length; start++)
        {
            var count = bytes.Length - start;
            Assert.Equal(Encoding.UTF8.GetString(bytes, start, count), AsciiText.FromUtf8(bytes, start, count));
        }
    }
}
