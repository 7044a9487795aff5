using System;
using System.Collections.Generic;
using System.Reflection;

namespace Popcon.Reporter;

/// <summary>
/// Registers SIGTERM, SIGHUP and SIGINT handlers through PosixSignalRegistration, reached by reflection
/// because this assembly targets netstandard2.0. Since .NET 10 those signals no longer raise
/// ProcessExit. The handlers never cancel the signal, so the host reacts exactly as without them.
/// </summary>
internal static class SignalHooks
{
    // PosixSignal values: SIGHUP = -1, SIGINT = -2, SIGTERM = -4 (portable, negative by design).
    private static readonly int[] Signals = [-4, -1, -2];

    // Registrations are kept alive here: a collected registration unregisters itself.
    private static readonly List<object> Registrations = [];

    public static void Register(Action<string> onSignal)
    {
#if NET8_0_OR_GREATER
        RegisterDirectly(onSignal);
#else
        RegisterByReflection(onSignal);
#endif
    }

#if NET8_0_OR_GREATER
    // The net8.0 build calls the API directly: no reflection, nothing emitted at run time.
    private static void RegisterDirectly(Action<string> onSignal)
    {
        Action<System.Runtime.InteropServices.PosixSignalContext> handler = _ => onSignal("signal");
        lock (Registrations)
        {
            Registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGTERM, handler));
            Registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGHUP, handler));
            Registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(
                System.Runtime.InteropServices.PosixSignal.SIGINT, handler));
        }
    }
#endif

    private static void RegisterByReflection(Action<string> onSignal)
    {
        var registrationType = InteropType("PosixSignalRegistration");
        var signalType = InteropType("PosixSignal");
        var contextType = InteropType("PosixSignalContext");
        if (registrationType is null || signalType is null || contextType is null)
        {
            SelfLog.Write("PosixSignalRegistration not available; signals not hooked");
            return;
        }

        var handlerType = typeof(Action<>).MakeGenericType(contextType);
        var create = registrationType.GetMethod("Create", [signalType, handlerType]);
        if (create is null)
        {
            SelfLog.Write("PosixSignalRegistration.Create not found; signals not hooked");
            return;
        }

        var handler = new SignalHandler(onSignal);
        var method = typeof(SignalHandler).GetMethod(nameof(SignalHandler.Handle))!;
        var callback = Delegate.CreateDelegate(handlerType, handler, method);

        // One reflective call into a typed helper: calling Create itself by reflection three
        // times would make the runtime emit and compile an invocation stub in every process.
        var registerAll = typeof(SignalHooks).GetMethod(
            nameof(RegisterAll), BindingFlags.NonPublic | BindingFlags.Static)!;
        _ = registerAll.MakeGenericMethod(signalType, handlerType).Invoke(null, [create, callback]);
    }

    // Newer runtimes keep the signal types in CoreLib, found there without parsing an
    // assembly-qualified name; older ones in System.Runtime.InteropServices.
    private static Type? InteropType(string name)
    {
        var fullName = "System.Runtime.InteropServices." + name;
        return typeof(object).Assembly.GetType(fullName, false)
            ?? Type.GetType(fullName + ", System.Runtime.InteropServices", false);
    }

    private static object? RegisterAll<TSignal, THandler>(MethodInfo create, THandler callback)
        where TSignal : struct
    {
        // PosixSignalRegistration is IDisposable, so Create binds to this delegate type.
        var createTyped = (Func<TSignal, THandler, IDisposable>)Delegate.CreateDelegate(
            typeof(Func<TSignal, THandler, IDisposable>), create);
        foreach (var signal in Signals)
        {
            var registration = createTyped((TSignal)Enum.ToObject(typeof(TSignal), signal), callback);
            if (registration is not null)
            {
                lock (Registrations)
                {
                    Registrations.Add(registration);
                }
            }
        }

        return null;
    }

    private sealed class SignalHandler
    {
        private readonly Action<string> _onSignal;

        public SignalHandler(Action<string> onSignal)
        {
            _onSignal = onSignal;
        }

        // Bound to Action<PosixSignalContext> by contravariance; the context is left untouched.
        public void Handle(object context)
        {
            _onSignal("signal");
        }
    }
}
