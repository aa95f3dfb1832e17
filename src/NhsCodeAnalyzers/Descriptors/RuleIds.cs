namespace NhsCodeAnalyzers.Descriptors
{
    /// <summary>Every diagnostic ID the package reports. The catalogue names rules by these.</summary>
    internal static class RuleIds
    {
        public const string InvalidConfiguration = "NHS0001";
        public const string ProprietarySerializer = "NHS3001";
    }
}
