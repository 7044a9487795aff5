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
        var registrationType = Type.GetType(
            "System.Runtime.InteropServices.PosixSignalRegistration, System.Runtime.InteropServices", false);
        var signalType = Type.GetType(
            "System.Runtime.InteropServices.PosixSignal, System.Runtime.InteropServices", false);
        var contextType = Type.GetType(
            "System.Runtime.InteropServices.PosixSignalContext, System.Runtime.InteropServices", false);
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
        foreach (var signal in Signals)
        {
            var registration = create.Invoke(null, [Enum.ToObject(signalType, signal), callback]);
            if (registration is not null)
            {
                lock (Registrations)
                {
                    Registrations.Add(registration);
                }
            }
        }
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
