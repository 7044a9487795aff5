#if NET8_0_OR_GREATER
namespace Popcon.Reporter;

/// <summary>
/// The libc thread functions, apart from <see cref="Libc"/>: the host's main thread starts the
/// reporter's thread with them, and looking up the other functions there would be time the host
/// waits for. Null pointers when a symbol is missing.
/// </summary>
internal static unsafe class LibcThreads
{
    public static readonly delegate* unmanaged<nuint*, void*, delegate* unmanaged<void*, void*>, void*, int>
        Create = (delegate* unmanaged<nuint*, void*, delegate* unmanaged<void*, void*>, void*, int>)
            Libc.Find("pthread_create");

    public static readonly delegate* unmanaged<nuint, int> Detach =
        (delegate* unmanaged<nuint, int>)Libc.Find("pthread_detach");

    public static readonly delegate* unmanaged<nuint> Self =
        (delegate* unmanaged<nuint>)Libc.Find("pthread_self");

    public static readonly delegate* unmanaged<nuint, byte*, int> SetName =
        (delegate* unmanaged<nuint, byte*, int>)Libc.Find("pthread_setname_np");
}
#endif
