using Popcon.Reporter.Deps;

namespace Popcon.Reporter.Tests.Mapping;

public sealed class DepsIndexTests
{
    private const string Deps = """
        {
          "runtimeTarget": { "name": ".NETCoreApp,Version=v8.0/linux-x64", "signature": "" },
          "targets": {
            ".NETCoreApp,Version=v8.0": {
              "Wrong/1.0.0": { "runtime": { "lib/net8.0/Wrong.dll": {} } }
            },
            ".NETCoreApp,Version=v8.0/linux-x64": {
              "App/1.0.0": {
                "dependencies": { "Humanizer.Core": "3.0.10" },
                "runtime": { "App.dll": {} }
              },
              "Humanizer.Core/3.0.10": {
                "runtime": { "lib/net8.0/Humanizer.dll": { "assemblyVersion": "3.0.0.0", "fileVersion": "3.0.10.0" } },
                "resources": { "lib/net8.0/de/Humanizer.resources.dll": { "locale": "de" } }
              },
              "Native.Thing/2.0.0": {
                "runtimeTargets": { "runtimes/linux-x64/lib/net8.0/Native.Thing.dll": { "rid": "linux-x64", "assetType": "runtime" } }
              },
              "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.22": {
                "runtime": { "System.Text.Json.dll": {} }
              },
              "Lib/1.0.0": { "runtime": { "Lib.dll": {} } }
            }
          },
          "libraries": {
            "App/1.0.0": { "type": "project", "serviceable": false, "sha512": "" },
            "Humanizer.Core/3.0.10": { "type": "package", "serviceable": true, "sha512": "sha512-x\u002Fy", "path": "humanizer.core/3.0.10" },
            "Native.Thing/2.0.0": { "type": "package", "serviceable": true, "sha512": "" },
            "runtimepack.Microsoft.NETCore.App.Runtime.linux-x64/8.0.22": { "type": "runtimepack", "serviceable": false, "sha512": "" },
            "Lib/1.0.0": { "type": "reference", "serviceable": false, "sha512": "" },
            "Wrong/1.0.0": { "type": "package" }
          }
        }
        """;

    private static readonly DepsIndex Index = DepsIndex.Parse(Deps, StringComparer.Ordinal);

    [Fact]
    public void A_runtime_asset_maps_to_its_package_id_not_to_a_name_guessed_from_the_file()
    {
        var entry = Index.Find("Humanizer.dll");

        Assert.NotNull(entry);
        Assert.Equal((DepsEntryKind.Package, "Humanizer.Core", "3.0.10"), (entry.Kind, entry.Id, entry.Version));
    }

    [Fact]
    public void Satellite_and_rid_specific_assets_map_to_their_package()
    {
        Assert.Equal("Humanizer.Core", Index.Find("Humanizer.resources.dll")?.Id);
        Assert.Equal("Native.Thing", Index.Find("Native.Thing.dll")?.Id);
    }

    [Fact]
    public void Runtime_pack_assets_are_framework()
    {
        Assert.Equal(DepsEntryKind.RuntimePack, Index.Find("System.Text.Json.dll")?.Kind);
    }

    [Fact]
    public void Project_and_reference_libraries_are_app_code_and_not_indexed()
    {
        Assert.Null(Index.Find("App.dll"));
        Assert.Null(Index.Find("Lib.dll"));
    }

    [Fact]
    public void Only_the_runtime_target_named_by_runtimeTarget_is_read()
    {
        Assert.Null(Index.Find("Wrong.dll"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{\"targets\": [}")]
    [InlineData("{\"a\": \"\\u12\"}")]
    [InlineData("nul")]
    public void Malformed_json_is_rejected_with_a_format_error(string json)
    {
        Assert.Throws<FormatException>(() => DepsIndex.Parse(json, StringComparer.Ordinal));
    }
}
