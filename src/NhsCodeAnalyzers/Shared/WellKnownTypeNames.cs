using System.Collections.Immutable;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// Metadata names of the external APIs the rules watch. Matching by name means the analyzers depend on
    /// no package but Roslyn, and a rule is silent where the library is absent.
    /// </summary>
    internal static class WellKnownTypeNames
    {
        public static readonly ImmutableArray<string> ProprietaryFormatters = ImmutableArray.Create(
            "System.Runtime.Serialization.Formatters.Binary.BinaryFormatter",
            "System.Runtime.Serialization.Formatters.Soap.SoapFormatter",
            "System.Runtime.Serialization.NetDataContractSerializer",
            "System.Web.UI.LosFormatter",
            "System.Web.UI.ObjectStateFormatter");

        public const string JsonSerializer = "System.Text.Json.JsonSerializer";
        public const string Stream = "System.IO.Stream";
    }
}
