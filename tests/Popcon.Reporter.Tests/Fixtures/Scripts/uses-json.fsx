// An F# script: F# Interactive restores the package and loads it from the NuGet folder.
#r "nuget: Newtonsoft.Json, 13.0.4"
printfn "%s" (Newtonsoft.Json.JsonConvert.SerializeObject([1; 2]))
