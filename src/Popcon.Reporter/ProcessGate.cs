using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using Popcon.Reporter.Mapping;

namespace Popcon.Reporter;

/// <summary>Decides whether this process is one the reporter should count at all.</summary>
internal static class ProcessGate
{
    /// <summary>The oldest runtime served; older ones (and .NET Framework, 4.x) get nothing.</summary>
    public const int MinimumRuntimeMajor = 8;

    /// <summary>Returns null to go ahead, or the reason to stay silent.</summary>
    public static string? SkipReason(ReporterSettings settings, ProcessLayout layout, int runtimeMajor)
    {
        if (settings.Disabled)
        {
            return "POPCON_DISABLE is set";
        }

        if (runtimeMajor < MinimumRuntimeMajor)
        {
            return "runtime " + RuntimeVersionText() + " is older than " + MinimumRuntimeMajor;
        }

        var mainLocation = MainAssemblyLocation();
        if (IsSdkTool(layout, mainLocation))
        {
            return "SDK tooling: " + mainLocation;
        }

        return settings.ExcludedProcesses.Count == 0 ? null : IsExcluded(settings.ExcludedProcesses, mainLocation);
    }

    /// <summary>
    /// The runtime's major version, read from CoreLib's display name
    /// ("System.Private.CoreLib, Version=10.0.0.0, ..."), whose assembly version is the runtime's
    /// major since .NET 5 (4 before). Environment.Version reads CoreLib's attributes and parses
    /// them with the culture's number formats: a millisecond on .NET 8.
    /// </summary>
    public static int CurrentRuntimeMajor()
    {
        var name = typeof(object).Assembly.FullName ?? string.Empty;
        var i = AsciiText.IndexOf(name, '=') + 1;
        var major = 0;
        for (; i > 0 && i < name.Length && major < 10000 && name[i] is >= '0' and <= '9'; i++)
        {
            major = (major * 10) + (name[i] - '0');
        }

        return major;
    }

    // Kept apart: only a process that is turned away formats the full version.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string RuntimeVersionText()
    {
        return Environment.Version.ToString();
    }

    /// <summary>
    /// SDK processes (MSBuild, csc, the CLI) run with the admin's environment too; their loads
    /// are the SDK's, not anybody's choice of package. F# Interactive is the exception: its
    /// scripts load packages with <c>#r "nuget: ..."</c>.
    /// </summary>
    public static bool IsSdkTool(ProcessLayout layout, string? mainLocation)
    {
        var mainInSdk = mainLocation is not null && ProcessLayout.IsUnder(mainLocation, layout.SdkDirectory);
        var baseInSdk = layout.AppBaseDirectory is not null
            && ProcessLayout.IsUnder(layout.AppBaseDirectory, layout.SdkDirectory);
        var inSdk = mainInSdk || baseInSdk;
        if (!inSdk)
        {
            return false;
        }

        var name = mainLocation is null ? string.Empty : AsciiText.FileName(mainLocation);
        return !AsciiText.EqualsIgnoreCase(name, "fsi.dll");
    }

    // Kept apart, and called only with exclusions: its list is one more type for every process.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? IsExcluded(IReadOnlyCollection<string> excluded, string? mainLocation)
    {
        var names = new List<string>();
        if (mainLocation is not null)
        {
            names.Add(Path.GetFileNameWithoutExtension(mainLocation));
        }

        names.Add(CurrentProcessName());

        foreach (var name in names)
        {
            foreach (var pattern in excluded)
            {
                if (AsciiText.EqualsIgnoreCase(name, pattern))
                {
                    return "process excluded by POPCON_EXCLUDE_PROCESSES: " + name;
                }
            }
        }

        return null;
    }

    // Kept apart so that only a process with exclusions JIT-compiles a body naming Process, which
    // would otherwise load System.Diagnostics.Process and its dependencies into every process.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string CurrentProcessName()
    {
        using var process = Process.GetCurrentProcess();
        return process.ProcessName;
    }

    private static string? MainAssemblyLocation()
    {
        try
        {
            var entry = Assembly.GetEntryAssembly();
            if (entry is not null && !string.IsNullOrEmpty(entry.Location))
            {
                return entry.Location;
            }

            var args = Environment.GetCommandLineArgs();
            return args.Length > 0 && args[0].Length > 0 ? Path.GetFullPath(args[0]) : null;
        }
#pragma warning disable CA1031 // Without a main assembly the SDK check just does not match.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            SelfLog.Write("main assembly unknown", exception);
            return null;
        }
    }
}
