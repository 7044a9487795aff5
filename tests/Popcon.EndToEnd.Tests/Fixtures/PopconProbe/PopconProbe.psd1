# Manifest of the probe module; the tests lay it out as Modules/PopconProbe/1.2.3/.
@{
    ModuleVersion     = '1.2.3'
    GUID              = '3f0c2b1e-8d5a-4e7b-9c61-2a4d5e6f7a80'
    Author            = 'popcon tests'
    Description       = 'A binary module whose use popcon must report.'
    RootModule        = 'PopconProbe.dll'
    FunctionsToExport = @()
    CmdletsToExport   = @()
    VariablesToExport = @()
    AliasesToExport   = @()
}
