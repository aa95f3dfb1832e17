namespace NhsCodeAnalyzers.Descriptors
{
    /// <summary>
    /// Categories unique to this package, so teams can set them with
    /// <c>dotnet_analyzer_diagnostic.category-&lt;Category&gt;.severity</c>.
    /// </summary>
    internal static class RuleCategories
    {
        public const string DataProtection = "NhsDataProtection";
        public const string Security = "NhsSecurity";
        public const string OpenStandards = "NhsOpenStandards";
        public const string Transparency = "NhsTransparency";
        public const string Configuration = "NhsConfiguration";
    }
}
