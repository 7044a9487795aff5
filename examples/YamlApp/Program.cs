using YamlDotNet.Serialization;

// Parses a small YAML document, so the process loads the YamlDotNet package.
var deserializer = new DeserializerBuilder().Build();
var doc = deserializer.Deserialize<Dictionary<string, string>>("tool: popcon\nkind: example\n");
Console.WriteLine(string.Join(",", doc.Select(kv => kv.Key + "=" + kv.Value)));
