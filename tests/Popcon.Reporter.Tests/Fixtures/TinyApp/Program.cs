// A small project the SDK builds and runs with the hook set in its environment.
Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new[] { "tiny" }));
