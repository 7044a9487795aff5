using System.IO;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System;
using System.Runtime.InteropServices;
#endif

namespace Popcon.Reporter.Deps;

/// <summary>Reads a deps.json file as text.</summary>
internal static class DepsText
{
    /// <summary>
    /// Reads the file as UTF-8 (deps.json files are UTF-8 by specification), without a byte
    /// order mark. Returns null when the file does not exist or holds more than
    /// <paramref name="maxBytes"/> bytes; throws <see cref="IOException"/> when it cannot be read.
    /// </summary>
    /// <remarks>
    /// File.ReadAllText would do the same through a file stream and a stream reader; setting
    /// those up costs a process two to three milliseconds the first time. On Linux the net8.0
    /// build reads with a few libc calls instead, and refuses anything but a regular file.
    /// </remarks>
    public static string? Read(string path, long maxBytes)
    {
#if NET8_0_OR_GREATER
        if (OperatingSystem.IsLinux() && LibcReady())
        {
            var bytes = ReadLinux(path, maxBytes, out var length);
            return bytes is null ? null : Decode(bytes, length);
        }
#endif
        return ReadManaged(path, maxBytes);
    }

    // Kept apart: a method naming FileInfo loads the file-system types when it is first called.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ReadManaged(string path, long maxBytes)
    {
        var info = new FileInfo(path);
        if (!info.Exists || info.Length > maxBytes)
        {
            return null;
        }

        var all = File.ReadAllBytes(path);
        return Decode(all, all.Length);
    }

    private static string Decode(byte[] bytes, int length)
    {
        var bom = length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var start = bom ? 3 : 0;
        return AsciiText.FromUtf8(bytes, start, length - start);
    }

#if NET8_0_OR_GREATER
    // Linux values, the same on every architecture .NET runs on.
    private const int ReadOnlyNonBlockingCloseOnExec = 0x80000 | 0x800;
    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;
    private const int Interrupted = 4;
    private const int SeekSet = 0;
    private const int SeekEnd = 2;

    private static unsafe bool LibcReady()
    {
        return Libc.Open != null && Libc.Read != null && Libc.Seek != null && Libc.Close != null;
    }

    // Non-blocking, and sized first: a FIFO, a device or a file on a stuck mount named like a
    // deps.json must cost an error, not a process that never exits.
    private static unsafe byte[]? ReadLinux(string path, long maxBytes, out int length)
    {
        length = 0;
        var name = AsciiText.Utf8(path, nulTerminated: true);
        int fd;
        fixed (byte* p = name)
        {
            fd = Libc.Open(p, ReadOnlyNonBlockingCloseOnExec);
        }

        if (fd < 0)
        {
            var errno = Marshal.GetLastSystemError();
            return errno is NoSuchFile or NotADirectory
                ? null
                : throw new IOException("open failed: errno " + errno);
        }

        try
        {
            var size = Libc.Seek(fd, 0, SeekEnd);
            if (size < 0 || Libc.Seek(fd, 0, SeekSet) != 0)
            {
                throw new IOException("not a regular file");
            }

            return size > maxBytes ? null : ReadAll(fd, (int)size, out length);
        }
        finally
        {
            CloseFile(fd);
        }
    }

    // Kept out of the finally block: an unmanaged call there cannot be compiled ahead of time, and
    // the runtime would JIT-compile the whole method.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe void CloseFile(int fd)
    {
        _ = Libc.Close(fd);
    }

    // Reads the size found, and fails if the file holds more (a device, or a file still growing).
    private static unsafe byte[] ReadAll(int fd, int size, out int length)
    {
        length = 0;
        var buffer = new byte[size + 1];
        while (true)
        {
            nint read;
            fixed (byte* p = &buffer[length])
            {
                read = Libc.Read(fd, p, (nuint)(buffer.Length - length));
            }

            if (read == 0)
            {
                return buffer;
            }

            if (read < 0)
            {
                var errno = Marshal.GetLastSystemError();
                if (errno == Interrupted)
                {
                    continue;
                }

                throw new IOException("read failed: errno " + errno);
            }

            length += (int)read;
            if (length > size)
            {
                throw new IOException("the file holds more than its size");
            }
        }
    }
#endif
}
