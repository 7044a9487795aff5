namespace Popcon.Deploy.Tests.Mapping;

public sealed class WhenPythonLinesAreMapped
{
    private readonly RegexMapper _mapper = new(StatsdMappingFile.LoadShipped());

    [Theory]
    [InlineData("python_popcon.library_used.numpy:1|c", "python_popcon_library_used", "library=numpy")]
    [InlineData(
        "python_popcon.library_used.zope.interface:1|c",
        "python_popcon_library_used",
        "library=zope.interface")]
    [InlineData(
        "python_popcon.library_used.backports.zoneinfo:1|c",
        "python_popcon_library_used",
        "library=backports.zoneinfo")]
    [InlineData(
        "python_popcon.namespace.hub.library_used.zope.interface:1|c",
        "python_popcon_library_used",
        "library=zope.interface,namespace=hub")]
    [InlineData(
        "python_popcon.namespace.team.a.library_used.pandas:1|c",
        "python_popcon_library_used",
        "library=pandas,namespace=team.a")]
    [InlineData(
        "python_popcon.imported_package.google.protobuf:1|c",
        "python_popcon_imported_package",
        "package=google.protobuf")]
    [InlineData("python_popcon.reports:1|c", "python_popcon_reports", "")]
    public void Each_line_maps_with_dotted_names_whole(string line, string metric, string labels)
    {
        var mapped = _mapper.MapLine(line);

        Assert.NotNull(mapped);
        Assert.Equal(metric, mapped.Name);
        Assert.Equal(labels, mapped.LabelText);
    }
}
