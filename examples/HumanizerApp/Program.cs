using Humanizer;

// Humanizes a number, so the process loads the Humanizer.Core package.
Console.WriteLine(3501.ToWords());
