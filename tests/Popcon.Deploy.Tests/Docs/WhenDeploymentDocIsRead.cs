using System.Text.RegularExpressions;
using Popcon.Deploy.Tests.Support;

namespace Popcon.Deploy.Tests.Docs;

public sealed partial class WhenDeploymentDocIsRead
{
    private readonly string _doc = RepoFiles.ReadText("docs", "deployment.md");

    [Fact]
    public void Every_file_in_deploy_is_explained()
    {
        var root = RepoFiles.PathOf();
        var files = Directory.EnumerateFiles(RepoFiles.PathOf("deploy"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));

        Assert.All(files, file => Assert.Contains($"`{file}`", _doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_deploy_path_it_names_exists()
    {
        var named = DeployPath().Matches(_doc).Select(m => m.Value).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, path => Assert.True(
            File.Exists(RepoFiles.PathOf(path.Split('/'))), $"{path} is named but missing"));
    }

    [Theory]
    [InlineData("## The hook path must be absolute and must exist")]
    [InlineData("## Single machine")]
    [InlineData("## Kubernetes")]
    [InlineData("## A fleet feeding one Prometheus")]
    public void It_has_the_section(string heading)
    {
        Assert.Contains("\n" + heading, _doc, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"deploy/[A-Za-z0-9_./-]+\.[A-Za-z]+")]
    private static partial Regex DeployPath();
}
