// The runtime looks the hook type up by this exact name in the global namespace.
internal static class StartupHook
{
    public static void Initialize()
    {
    }
}
