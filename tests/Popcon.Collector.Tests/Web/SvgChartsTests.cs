using Popcon.Collector.Reports;
using Popcon.Collector.Web;

namespace Popcon.Collector.Tests.Web;

public sealed class SvgChartsTests
{
    [Fact]
    public void A_bar_tooltip_says_process_for_one_and_processes_for_more()
    {
        var empty = new Dictionary<DateOnly, double>();
        var rows = new List<UsageRow>
        {
            new(["newtonsoft.json"], 2, 0.66, null, null, empty),
            new(["yamldotnet"], 1, 0.33, null, null, empty),
        };
        var html = new Html();

        SvgCharts.TopBars(html, rows, 10);

        var svg = html.ToString();
        Assert.Contains("<title>newtonsoft.json: 2 processes</title>", svg, StringComparison.Ordinal);
        Assert.Contains("<title>yamldotnet: 1 process</title>", svg, StringComparison.Ordinal);
    }
}
