using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Popcon.Collector.Mapping;

/// <summary>Typed reads of YAML nodes that fail with the node's line and the fix.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode Mapping(YamlNode node, string what) => node as YamlMappingNode
        ?? throw new MappingFileError(node.Start.Line, $"{what} must be a mapping of key: value lines");

    public static YamlSequenceNode Sequence(YamlNode node, string what) => node as YamlSequenceNode
        ?? throw new MappingFileError(node.Start.Line, $"{what} must be a list of '- match: ...' items");

    public static string Text(YamlNode node, string key) => node is YamlScalarNode { Value: { } value }
        ? value
        : throw new MappingFileError(
            node.Start.Line, $"'{key}' must be a single text value, not a list or mapping");

    public static bool Boolean(YamlNode node, string key) => Text(node, key) switch
    {
        "true" or "True" or "TRUE" => true,
        "false" or "False" or "FALSE" => false,
        var other => throw new MappingFileError(node.Start.Line, $"'{key}: {other}' must be true or false"),
    };

    public static double Number(YamlNode node, string key)
    {
        var text = Text(node, key);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value)
            ? value
            : throw new MappingFileError(node.Start.Line, $"'{key}: {text}' must be a number such as 0.001");
    }

    public static string Key(YamlNode node) => node is YamlScalarNode { Value: { } key }
        ? key
        : throw new MappingFileError(node.Start.Line, "every key must be plain text");
}
