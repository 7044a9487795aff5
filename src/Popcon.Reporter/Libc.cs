#if NET8_0_OR_GREATER
using System;
using System.Runtime.InteropServices;

namespace Popcon.Reporter;

/// <summary>
/// The libc functions the reporter calls on Linux, found in the process's own symbol table, where
/// libc always is. A <c>[DllImport("libc")]</c> makes the runtime probe file names (libc.so,
/// liblibc.so, ...) on the first call, a third of a millisecond measured; this lookup costs a
/// twentieth of that. A null pointer means the symbol is missing: callers take their managed way.
/// The thread functions are in <see cref="LibcThreads"/>, looked up apart: the host's main thread
/// needs them, and only them.
/// </summary>
/// <remarks>
/// The net8.0 build runs with runtime marshalling off and compiled ahead of time: these calls pass
/// only blittable values, so no marshalling stub is generated or compiled at run time. errno is
/// read with <see cref="Marshal.GetLastSystemError"/> right after a call.
/// </remarks>
internal static unsafe class Libc
{
    public static readonly delegate* unmanaged<byte*, int, int> Open =
        (delegate* unmanaged<byte*, int, int>)Find("open");

    public static readonly delegate* unmanaged<int, byte*, nuint, nint> Read =
        (delegate* unmanaged<int, byte*, nuint, nint>)Find("read");

    public static readonly delegate* unmanaged<int, long, int, long> Seek =
        (delegate* unmanaged<int, long, int, long>)Find("lseek");

    public static readonly delegate* unmanaged<int, int> Close =
        (delegate* unmanaged<int, int>)Find("close");

    public static readonly delegate* unmanaged<int, int, int, int> Socket =
        (delegate* unmanaged<int, int, int, int>)Find("socket");

    public static readonly delegate* unmanaged<int, byte*, nuint, int, byte*, int, nint> SendTo =
        (delegate* unmanaged<int, byte*, nuint, int, byte*, int, nint>)Find("sendto");

    public static readonly delegate* unmanaged<byte*, int, int> Access =
        (delegate* unmanaged<byte*, int, int>)Find("access");

    public static bool HasAccess => Access != null;

    /// <summary>Whether <paramref name="path"/> names an existing file (or folder).</summary>
    public static bool Exists(string path)
    {
        var name = AsciiText.Utf8(path, nulTerminated: true);
        fixed (byte* p = name)
        {
            return Access(p, 0) == 0;
        }
    }

    /// <summary>The address of libc function <paramref name="name"/>, or 0.</summary>
    public static nint Find(string name)
    {
        try
        {
            return NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), name, out var address)
                ? address
                : 0;
        }
#pragma warning disable CA1031 // No symbol table to search: every caller has a managed way.
        catch (Exception)
#pragma warning restore CA1031
        {
            return 0;
        }
    }
}
#endif
