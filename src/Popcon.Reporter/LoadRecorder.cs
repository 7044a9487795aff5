using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;

namespace Popcon.Reporter;

/// <summary>
/// Records where assemblies were loaded from, as strings, at load time: cheap, and it holds no
/// Assembly object, so collectible contexts still unload. Classification happens on flush.
/// </summary>
internal sealed class LoadRecorder
{
    private readonly ConcurrentQueue<string> _pending = new();

    /// <summary>Starts recording loads of <paramref name="domain"/>, optionally those already done.</summary>
    public void Attach(AppDomain domain, bool includeAlreadyLoaded)
    {
        domain.AssemblyLoad += OnAssemblyLoad;
        if (!includeAlreadyLoaded)
        {
            return;
        }

        foreach (var assembly in domain.GetAssemblies())
        {
            Record(assembly);
        }
    }

    public void Record(Assembly assembly)
    {
        try
        {
            // Dynamic and in-memory assemblies have no file: they are never a package.
            if (assembly.IsDynamic)
            {
                return;
            }

            RecordLocation(assembly.Location);
        }
#pragma warning disable CA1031 // Location can throw for exotic assemblies; skip them.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("assembly location unreadable", exception);
        }
    }

    public void RecordLocation(string? location)
    {
        if (!string.IsNullOrEmpty(location))
        {
            _pending.Enqueue(location!);
        }
    }

    /// <summary>Takes every location recorded since the last call.</summary>
    public List<string> Drain()
    {
        var drained = new List<string>();
        while (_pending.TryDequeue(out var location))
        {
            drained.Add(location);
        }

        return drained;
    }

    private void OnAssemblyLoad(object? sender, AssemblyLoadEventArgs args)
    {
        Record(args.LoadedAssembly);
    }
}
