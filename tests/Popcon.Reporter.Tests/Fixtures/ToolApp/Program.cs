// A dotnet tool that uses one package.
Console.WriteLine(Newtonsoft.Json.JsonConvert.SerializeObject(new[] { "tool" }));
