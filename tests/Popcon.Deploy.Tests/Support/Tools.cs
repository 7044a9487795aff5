namespace Popcon.Deploy.Tests.Support;

/// <summary>Locates the real tools the tests drive, failing with the Debian package to install.</summary>
internal static class Tools
{
    /// <summary>The absolute path of <paramref name="name"/> on PATH (or as given if rooted).</summary>
    /// <exception cref="Xunit.Sdk.FailException">The tool is missing; names the package.</exception>
    public static string Require(string name, string debianPackage)
    {
        var found = Find(name);
        if (found is null)
        {
            Assert.Fail(
                $"'{name}' is not installed. Install Debian's '{debianPackage}' package " +
                $"(apt-get install -y {debianPackage}).");
        }

        return found!;
    }

    /// <summary>The absolute path of <paramref name="name"/>, or null when it is not installed.</summary>
    public static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "/usr/local/bin:/usr/bin:/bin";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
