using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Newtonsoft.Json;

// Loads the plugin given as argument into a collectible context, runs it, unloads it, and only
// then exits: the plugin's packages must still be counted. The host uses Newtonsoft.Json too,
// so the same package lives in two load contexts.
Console.WriteLine(JsonConvert.SerializeObject("host"));
var unloaded = RunAndUnload(args[0]);
for (var i = 0; i < 20 && unloaded.IsAlive; i++)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
}

Console.WriteLine("unloaded: " + !unloaded.IsAlive);
return 0;

[MethodImpl(MethodImplOptions.NoInlining)]
static WeakReference RunAndUnload(string pluginPath)
{
    var context = new PluginContext(pluginPath);
    var assembly = context.LoadFromAssemblyPath(pluginPath);
    var run = assembly.GetType("Plugin.PluginEntry")!.GetMethod("Run")!;
    Console.WriteLine(run.Invoke(null, null));
    context.Unload();
    return new WeakReference(context);
}

internal sealed class PluginContext(string pluginPath) : AssemblyLoadContext(isCollectible: true)
{
    private readonly AssemblyDependencyResolver _resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }
}
