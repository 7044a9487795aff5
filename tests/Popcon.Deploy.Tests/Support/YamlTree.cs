using System.Globalization;
using System.Text;
using YamlDotNet.Serialization;

namespace Popcon.Deploy.Tests.Support;

/// <summary>Reads YAML into plain dictionaries, lists and strings, and compares such trees.</summary>
internal static class YamlTree
{
    /// <summary>Parses a YAML document into a tree of dictionaries, lists and scalars.</summary>
    public static object? Parse(string yaml) => new DeserializerBuilder().Build().Deserialize(
        new StringReader(yaml));

    /// <summary>A mapping node as a string-keyed dictionary; fails the test for anything else.</summary>
    public static IReadOnlyDictionary<string, object?> AsMap(object? node, string what)
    {
        if (node is not IDictionary<object, object?> map)
        {
            Assert.Fail($"{what} is not a YAML mapping");
            return null!;
        }

        return map.ToDictionary(
            pair => Convert.ToString(pair.Key, CultureInfo.InvariantCulture)!,
            pair => pair.Value,
            StringComparer.Ordinal);
    }

    /// <summary>A sequence node as a list; fails the test for anything else.</summary>
    public static IReadOnlyList<object?> AsList(object? node, string what)
    {
        if (node is not IList<object?> list)
        {
            Assert.Fail($"{what} is not a YAML sequence");
            return null!;
        }

        return [.. list];
    }

    /// <summary>One canonical text per tree: maps sorted by key, so equal trees give equal text.</summary>
    public static string Canonical(object? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(object? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case IDictionary<object, object?> map:
                text.Append('{');
                var keys = map.Keys.Select(k => Convert.ToString(k, CultureInfo.InvariantCulture)!)
                    .Order(StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    text.Append(Quote(key)).Append(':');
                    Write(map.First(p => Convert.ToString(p.Key, CultureInfo.InvariantCulture) == key)
                        .Value, text);
                    text.Append(',');
                }

                text.Append('}');
                break;
            case IList<object?> list:
                text.Append('[');
                foreach (var item in list)
                {
                    Write(item, text);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                text.Append(Quote(Convert.ToString(node, CultureInfo.InvariantCulture)!));
                break;
        }
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
