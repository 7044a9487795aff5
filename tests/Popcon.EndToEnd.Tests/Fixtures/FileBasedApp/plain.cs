// A C# file-based app with the defaults: startup hooks are off in its runtimeconfig.
#:package Humanizer.Core@3.0.10

using Humanizer;

Console.WriteLine("plain file based app".Pascalize());
