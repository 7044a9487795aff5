using System.Text.Json;

namespace Popcon.Cli.Output;

/// <summary>
/// The lines that turn the hook on in each kind of place, with the path quoted for that place.
/// An existing <c>DOTNET_STARTUP_HOOKS</c> is kept where the syntax allows it.
/// </summary>
internal static class ActivationLines
{
    public const string Variable = "DOTNET_STARTUP_HOOKS";

    public static readonly string[] Targets = ["shell", "powershell", "systemd", "kubernetes", "jupyterhub"];

    public static string For(string target, string hookPath) => target switch
    {
        // A hook path that does not exist would stop every .NET process the shell starts, and a
        // profile sourced twice must not list the hook twice: the line checks both, as
        // deploy/profile.d/popcon.sh does.
        "shell" =>
            "# shell profile (~/.profile, ~/.bashrc or ~/.zshrc), or /etc/profile.d/popcon.sh:\n" +
            ShellLine(ShellQuote(hookPath)),
        "powershell" =>
            "# PowerShell profile ($PROFILE):\n" +
            PowerShellLine(PowerShellQuote(hookPath)),
        "systemd" =>
            "# systemd unit, [Service] section (or a drop-in made with 'systemctl edit UNIT'):\n" +
            $"Environment={SystemdQuote($"{Variable}={hookPath}")}\n",
        "kubernetes" =>
            "# Kubernetes container spec, with the hook mounted at the same path in the container:\n" +
            $"env:\n  - name: {Variable}\n    value: {JsonString(hookPath)}\n",
        // A hook path that does not exist would stop every .NET process in every server, so the
        // line checks the file first, as deploy/jupyterhub/jupyterhub_config.py does.
        "jupyterhub" =>
            "# JupyterHub (jupyterhub_config.py), for every spawned single-user server:\n" +
            $"if __import__(\"os\").path.isfile({JsonString(hookPath)}):\n" +
            $"    c.Spawner.environment.update({{{JsonString(Variable)}: {JsonString(hookPath)}}})\n",
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "unknown target"),
    };

    // [ -f 'p' ] && case ":$V:" in *:'p':*) ;; *) export V='p'"${V:+:$V}" ;; esac
    private static string ShellLine(string quoted)
    {
        var separator = Path.PathSeparator;
        return $"[ -f {quoted} ] && case \"{separator}${{{Variable}-}}{separator}\" in " +
            $"*{separator}{quoted}{separator}*) ;; " +
            $"*) export {Variable}={quoted}\"${{{Variable}:+{separator}${Variable}}}\" ;; esac\n";
    }

    // if (Test-Path p) { $env:V = @(p) + (other entries of $env:V) -join separator }
    private static string PowerShellLine(string quoted) =>
        $"if (Test-Path -LiteralPath {quoted} -PathType Leaf) {{ $env:{Variable} = (@({quoted}) + " +
        $"@(\"$env:{Variable}\" -split [IO.Path]::PathSeparator | Where-Object {{ $_ -and $_ -ne {quoted} }})) " +
        "-join [IO.Path]::PathSeparator }\n";

    // POSIX sh: single quotes keep everything literal; a single quote itself is closed, escaped, reopened.
    private static string ShellQuote(string value) =>
        "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // PowerShell: single-quoted strings are literal; a single quote is doubled.
    private static string PowerShellQuote(string value) =>
        "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    // systemd: a double-quoted assignment; backslash and double quote escaped, % doubled (specifier).
    private static string SystemdQuote(string assignment) =>
        "\"" + assignment.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("%", "%%", StringComparison.Ordinal) + "\"";

    // A JSON string is also a valid YAML double-quoted scalar and a valid Python string literal.
    private static string JsonString(string value) => JsonSerializer.Serialize(value);
}
