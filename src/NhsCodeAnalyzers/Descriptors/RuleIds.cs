namespace NhsCodeAnalyzers.Descriptors
{
    /// <summary>Every diagnostic ID the package reports. The catalogue names rules by these.</summary>
    internal static class RuleIds
    {
        public const string InvalidConfiguration = "NHS0001";
        public const string PlainTextIdentifierStorage = "NHS1001";
        public const string IdentifierInLog = "NHS1002";
        public const string RealLookingNhsNumber = "NHS1003";
        public const string PatientNumberInNumericType = "NHS1004";
        public const string UnkeyedIdentifierHash = "NHS2001";
        public const string WeakCryptography = "NHS2002";
        public const string PlainHttpEndpoint = "NHS2003";
        public const string CertificateValidationDisabled = "NHS2004";
        public const string SensitiveDataLogging = "NHS2005";
        public const string HardCodedKey = "NHS2006";
        public const string ProprietarySerializer = "NHS3001";
        public const string RetiredCodeSystem = "NHS3002";
        public const string NonCanonicalSystemUri = "NHS3003";
        public const string MissingDataProvenance = "NHS4001";
        public const string PlaceholderDeclaration = "NHS4002";
        public const string MissingAlgorithmCard = "NHS4003";
        public const string UnjustifiedSuppression = "NHS4004";
    }
}
