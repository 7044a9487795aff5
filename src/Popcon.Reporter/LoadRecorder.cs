using System;
using System.Collections.Generic;
using System.Reflection;

namespace Popcon.Reporter;

/// <summary>
/// Records where assemblies were loaded from, as strings, at load time: cheap, and it holds no
/// Assembly object, so collectible contexts still unload. Classification happens on flush.
/// </summary>
internal sealed class LoadRecorder
{
    // A plain list under a lock: a concurrent collection would load one more assembly and JIT
    // its generic code in every process, for a handful of adds per process.
    private readonly object _gate = new();
    private List<string> _pending = [];

    /// <summary>Starts recording the loads <paramref name="domain"/> does from now on.</summary>
    public void Attach(AppDomain domain)
    {
        domain.AssemblyLoad += OnAssemblyLoad;
    }

    /// <summary>Stops recording loads of <paramref name="domain"/>.</summary>
    public void Detach(AppDomain domain)
    {
        domain.AssemblyLoad -= OnAssemblyLoad;
    }

    /// <summary>
    /// Records every assembly loaded so far. One recorded by the load event as well is recorded
    /// twice; the session counts each location once.
    /// </summary>
    public void RecordLoaded(AppDomain domain)
    {
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
            lock (_gate)
            {
                _pending.Add(location!);
            }
        }
    }

    /// <summary>Takes every location recorded since the last call.</summary>
    public List<string> Drain()
    {
        lock (_gate)
        {
            var drained = _pending;
            _pending = [];
            return drained;
        }
    }

    private void OnAssemblyLoad(object? sender, AssemblyLoadEventArgs args)
    {
        Record(args.LoadedAssembly);
    }
}
