using System;

// A user app on .NET Core 3.1: writes to both streams and leaves with its own exit code.
internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("runtime: " + Environment.Version);
        Console.Error.WriteLine("stderr line from the app");
        return 3;
    }
}
