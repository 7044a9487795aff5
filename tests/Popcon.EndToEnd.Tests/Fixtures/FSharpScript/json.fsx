// An F# script as users write them: the package comes from NuGet through #r "nuget: ...".
#r "nuget: Newtonsoft.Json, 13.0.4"

let text = Newtonsoft.Json.JsonConvert.SerializeObject(dict [ "answer", 42 ])
if text <> """{"answer":42}""" then failwithf "unexpected JSON: %s" text
printfn "%s" text
