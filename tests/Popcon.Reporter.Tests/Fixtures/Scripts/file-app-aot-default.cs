#:package Newtonsoft.Json@13.0.4
// A C# file-based app with the defaults: PublishAot=true, which turns startup hooks off.
Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new[] { 1 }));
