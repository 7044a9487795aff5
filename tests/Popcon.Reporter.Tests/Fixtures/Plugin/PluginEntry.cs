using Humanizer;
using Newtonsoft.Json;

namespace Plugin;

// Called by the host through reflection; uses both of the plugin's packages.
public static class PluginEntry
{
    public static string Run() => JsonConvert.SerializeObject(new[] { 42.ToWords() });
}
