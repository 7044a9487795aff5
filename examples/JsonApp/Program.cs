using Newtonsoft.Json;

// Serialises an object with Newtonsoft.Json, so the process loads exactly that one package.
var text = JsonConvert.SerializeObject(new { Name = "popcon", Runs = args.Length });
Console.WriteLine(text);
