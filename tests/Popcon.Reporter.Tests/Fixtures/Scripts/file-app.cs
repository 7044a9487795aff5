#:package Newtonsoft.Json@13.0.4
#:property PublishAot=false
// A C# file-based app that opted out of Native AOT, so startup hooks stay enabled.
Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new[] { 1 }));
