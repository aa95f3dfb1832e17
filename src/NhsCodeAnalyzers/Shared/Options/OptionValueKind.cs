namespace NhsCodeAnalyzers.Shared.Options
{
    /// <summary>What an option's value must look like.</summary>
    internal enum OptionValueKind
    {
        /// <summary>Comma-separated member names, e.g. <c>PasNumber, PracticePatientRef</c>.</summary>
        NameList,

        /// <summary>Comma-separated fully qualified type names that must exist in the compilation.</summary>
        TypeNameList,

        /// <summary>Comma-separated method names, optionally qualified by type: <c>Contoso.Redact.Mask</c>.</summary>
        MethodNameList,

        /// <summary>Comma-separated digit prefixes, e.g. <c>9, 5</c>.</summary>
        DigitPrefixList,

        /// <summary>One value from a fixed set.</summary>
        Choice,
    }
}
