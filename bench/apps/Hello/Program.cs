using System.Runtime;

// With --jit-stats, print at the very end of the process (after every ProcessExit handler
// registered before Main, such as a startup hook's) how much the JIT compiled and how many
// assemblies were loaded: what a hook costs beyond its own code.
if (args.Length > 0 && args[0] == "--jit-stats")
{
    AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.WriteLine(
        $"jit_methods={JitInfo.GetCompiledMethodCount()} " +
        $"jit_ms={JitInfo.GetCompilationTime().TotalMilliseconds:F1} " +
        $"assemblies={AppDomain.CurrentDomain.GetAssemblies().Length} " +
        $"loaded={string.Join(',', AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name))}");
}

Console.WriteLine("hello");
