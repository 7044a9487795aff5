using System.Runtime.InteropServices;

namespace Popcon.EndToEnd.Tests.Infrastructure;

/// <summary>POSIX signals, which <see cref="System.Diagnostics.Process"/> cannot send.</summary>
internal static partial class Signals
{
    public const int SigTerm = 15;

    public static void Send(int processId, int signal)
    {
        if (Kill(processId, signal) != 0)
        {
            throw new InvalidOperationException(
                $"kill({processId}, {signal}) failed with errno {Marshal.GetLastPInvokeError()}");
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int sig);
}
