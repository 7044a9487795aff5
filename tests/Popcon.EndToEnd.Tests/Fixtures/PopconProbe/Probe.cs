namespace PopconProbe
{
    /// <summary>Called from PowerShell after Import-Module, to prove the module loaded.</summary>
    public static class Probe
    {
        public static string Hello()
        {
            return "popcon probe loaded";
        }
    }
}
