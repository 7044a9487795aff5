namespace Popcon.Collector.Web;

/// <summary>The page's only style sheet, inline so the page makes no other request.</summary>
internal static class PageStyles
{
    public const string Css = """
        body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;padding:0 1rem;color:#1d232a;background:#fbfbfc}
        h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
        .summary{color:#4a5562;margin:0 0 1rem}
        form{display:flex;gap:.75rem;align-items:end;flex-wrap:wrap;margin:1rem 0;padding:.75rem;background:#eef1f5;border-radius:6px}
        label{display:flex;flex-direction:column;font-size:.8rem;color:#4a5562}
        input,select,button{font:inherit;padding:.25rem .4rem}
        table{border-collapse:collapse;width:100%;background:#fff}
        th,td{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #e3e7ec;vertical-align:middle}
        th{font-size:.8rem;color:#4a5562;text-transform:uppercase;letter-spacing:.03em}
        td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
        td.name{font-family:ui-monospace,monospace;word-break:break-all}
        .hidden-note,.empty{color:#6a7480;font-style:italic}
        .downloads a{margin-right:1rem}
        svg.top-chart text{font-size:12px;fill:#1d232a;font-family:ui-monospace,monospace}
        svg.top-chart rect{fill:#3b6fb6}svg.daily rect{fill:#3b6fb6}svg.daily line{stroke:#c5ccd4}
        .error{padding:1rem;background:#fdecea;border:1px solid #f5c2c0;border-radius:6px}
        """;
}
