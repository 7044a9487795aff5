// Prints the runtime it runs on, after using a package so the package's assembly loads.
var yaml = new YamlDotNet.Serialization.SerializerBuilder().Build()
    .Serialize(new { runtime = Environment.Version.ToString() });
Console.Write(yaml);
