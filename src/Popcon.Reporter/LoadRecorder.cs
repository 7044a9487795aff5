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
    // A plain array under a lock: a concurrent collection, or even List<T>, would load one more
    // assembly on the host's main thread, where the first loads are recorded.
    private readonly object _gate = new();
    private string[] _pending = new string[64];
    private int _count;

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
        if (string.IsNullOrEmpty(location))
        {
            return;
        }

        lock (_gate)
        {
            if (_count == _pending.Length)
            {
                Array.Resize(ref _pending, _pending.Length * 2);
            }

            _pending[_count++] = location!;
        }
    }

    /// <summary>Takes every location recorded since the last call.</summary>
    public List<string> Drain()
    {
        string[] taken;
        int count;
        lock (_gate)
        {
            taken = _pending;
            count = _count;
            _pending = new string[64];
            _count = 0;
        }

        var drained = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            drained.Add(taken[i]);
        }

        return drained;
    }

    private void OnAssemblyLoad(object? sender, AssemblyLoadEventArgs args)
    {
        Record(args.LoadedAssembly);
    }
}
