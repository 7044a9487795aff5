using System.Text.Json;
using Popcon.Cli.Tests.Fixtures;

namespace Popcon.Cli.Tests.Unused;

public sealed class WhenModulesRequireOtherModules : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task KnownLimitations_required_modules_of_a_used_module_are_not_protected()
    {
        var tree = new InstalledTree(_directory.Path);
        var user = tree.Module("Modules", "Az.Accounts", "2.0.0", 100);
        await File.WriteAllTextAsync(Path.Combine(user, "Az.Accounts.psd1"),
            "@{\n    ModuleVersion = '2.0.0'\n    RequiredModules = @('Az.Base')\n}\n");
        tree.Module("Modules", "Az.Base", "1.0.0", 100);
        var db = _directory.File("popcon.db");
        using (var store = StoreFixtureWriter.Create(db))
        {
            store.Add("dotnet_popcon_package_used_total", "2026-03-30", 1,
                "package", "az.accounts", "source", "powershell", "version", "2.0.0");
        }

        var result = await PopconCli.RunAsync("unused", "--db", db, "--until", "2026-03-31",
            "--format", "json", Path.Combine(_directory.Path, "Modules"));

        // Only .nuspec dependencies are read; a module manifest's RequiredModules is not.
        using var json = JsonDocument.Parse(result.Stdout);
        var unused = json.RootElement.GetProperty("unused").EnumerateArray()
            .Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(["az.base"], unused);
        Assert.Equal(0, json.RootElement.GetProperty("kept").GetArrayLength());
    }
}
