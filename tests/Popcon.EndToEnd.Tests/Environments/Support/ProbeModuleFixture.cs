using Popcon.EndToEnd.Tests.Infrastructure;

namespace Popcon.EndToEnd.Tests.Environments.Support;

/// <summary>
/// The PopconProbe binary module, built once and laid out the way PowerShell installs modules:
/// <c>&lt;root&gt;/Modules/PopconProbe/1.2.3/{PopconProbe.psd1, PopconProbe.dll}</c>; and the
/// same assembly as module PopconFlat, copied straight into <c>Modules/PopconFlat/</c> with no
/// version folder, as hand-installed modules often are.
/// </summary>
public sealed class ProbeModuleFixture : IAsyncLifetime
{
    public const string Name = "PopconProbe";
    public const string Version = "1.2.3";
    public const string FlatName = "PopconFlat";
    private readonly TempDirectory _temp = new();

    /// <summary>The folder to put on PSModulePath.</summary>
    public string ModulesPath => Path.Combine(_temp.Path, "Modules");

    public async Task InitializeAsync()
    {
        var source = FixtureFiles.CopyTo(Name, Path.Combine(_temp.Path, "src"));
        var output = Path.Combine(_temp.Path, "build");
        await FixtureFiles.DotnetAsync(["build", source, "-nologo", "-v", "quiet", "-o", output]);

        var module = Path.Combine(ModulesPath, Name, Version);
        Directory.CreateDirectory(module);
        File.Copy(Path.Combine(output, Name + ".dll"), Path.Combine(module, Name + ".dll"));
        File.Copy(Path.Combine(source, Name + ".psd1"), Path.Combine(module, Name + ".psd1"));

        var flat = Path.Combine(ModulesPath, FlatName);
        Directory.CreateDirectory(flat);
        File.Copy(Path.Combine(output, Name + ".dll"), Path.Combine(flat, Name + ".dll"));
        File.Copy(Path.Combine(source, Name + ".psd1"), Path.Combine(flat, FlatName + ".psd1"));
    }

    public Task DisposeAsync()
    {
        _temp.Dispose();
        return Task.CompletedTask;
    }
}
