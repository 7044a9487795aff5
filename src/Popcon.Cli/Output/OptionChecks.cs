using System.CommandLine;
using System.Globalization;

namespace Popcon.Cli.Output;

/// <summary>Range checks for numeric options that never throw on text the parser rejects.</summary>
internal static class OptionChecks
{
    /// <summary>Adds a parse error when the option's value is below <paramref name="minimum"/>.</summary>
    public static void AtLeast(Option<int> option, int minimum)
    {
        option.Validators.Add(r =>
        {
            // Text that is no number is already reported by the parser; reading it would throw.
            if (r.Tokens.Count > 0 &&
                int.TryParse(r.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture,
                    out var value) &&
                value < minimum)
            {
                r.AddError($"{option.Name} must be at least {minimum}");
            }
        });
    }
}
