// A C# file-based app. File-based apps default to PublishAot, which turns startup hooks off in
// the runtimeconfig; an admin who wants them counted opts back in with this property.
#:package Humanizer.Core@3.0.10
#:property StartupHookSupport=true

using Humanizer;

var words = "file based app".Pascalize();
if (words != "FileBasedApp")
{
    throw new InvalidOperationException("unexpected: " + words);
}

Console.WriteLine(words);
