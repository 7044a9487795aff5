using System.Runtime.CompilerServices;
using System.Threading;
#if NET8_0_OR_GREATER
using System;
using System.Runtime.InteropServices;
#endif

namespace Popcon.Reporter;

/// <summary>Starts <see cref="ReporterHost.RunInBackground"/> on a thread of its own.</summary>
internal static class BackgroundThread
{
    /// <summary>
    /// Starts the thread without waiting for it where possible. A managed thread's start waits
    /// until the new thread runs, which on a busy machine keeps the host's main thread (where a
    /// startup hook runs) waiting for a scheduler slot; on Linux the thread comes from libc and
    /// the runtime adopts it when it first enters managed code, on that thread.
    /// </summary>
    public static void Start()
    {
#if NET8_0_OR_GREATER
        if (OperatingSystem.IsLinux() && NativeStart())
        {
            return;
        }
#endif

        StartManaged();
    }

    // Kept apart: a method naming Thread loads its facade assembly when first called.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void StartManaged()
    {
        // A background thread never keeps the process alive.
        var thread = new Thread(ReporterHost.RunInBackground)
        {
            IsBackground = true,
            Name = "popcon reporter",
        };
        thread.Start();
    }

#if NET8_0_OR_GREATER
    private static unsafe bool NativeStart()
    {
        if (LibcThreads.Create == null || LibcThreads.Detach == null)
        {
            SelfLog.Write("libc threads unavailable, using a managed thread");
            return false;
        }

        nuint id;
        if (LibcThreads.Create(&id, null, &Entry, null) != 0)
        {
            return false;
        }

        // Nobody joins it: its resources go back to libc when it ends.
        _ = LibcThreads.Detach(id);
        return true;
    }

    // A thread the runtime did not create is never waited for at exit, like a background thread.
    [UnmanagedCallersOnly]
    private static unsafe void* Entry(void* argument)
    {
        // Named for ps, top and debuggers through libc: Thread.CurrentThread.Name would load the
        // Thread facade assembly in every process. Linux names are 15 bytes at most.
        if (LibcThreads.Self != null && LibcThreads.SetName != null)
        {
            fixed (byte* text = "popcon reporter\0"u8)
            {
                _ = LibcThreads.SetName(LibcThreads.Self(), text);
            }
        }

        // An exception leaving this method would end the process: RunInBackground lets none out.
        ReporterHost.RunInBackground();
        return null;
    }
#endif
}
