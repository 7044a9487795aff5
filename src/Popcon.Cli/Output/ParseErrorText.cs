using System.CommandLine;
using System.Text.RegularExpressions;

namespace Popcon.Cli.Output;

/// <summary>
/// Turns System.CommandLine's parse errors into popcon's one-line form: no tab-indented lists, no
/// .NET type names, and a help hint for the command that was actually called.
/// </summary>
internal static partial class ParseErrorText
{
    public static string OneLine(string message)
    {
        var text = WhiteSpace().Replace(message, " ").Trim();
        text = text.Replace("Must be one of: ", "Must be one of ", StringComparison.Ordinal);
        return TypeName().Replace(text, match => match.Groups[1].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" => "a number",
            "System.Boolean" => "true or false",
            _ => "a value of the right kind",
        });
    }

    public static string HelpHint(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result != null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            if (result.Command is not RootCommand)
            {
                names.Insert(0, result.Command.Name);
            }
        }

        return names.Count == 0
            ? "Run 'popcon --help' for usage."
            : $"Run 'popcon {string.Join(' ', names)} --help' for usage.";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"expected type '([\w.]+)'")]
    private static partial Regex TypeName();
}
