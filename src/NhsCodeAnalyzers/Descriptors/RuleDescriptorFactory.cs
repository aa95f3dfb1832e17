using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Descriptors
{
    /// <summary>
    /// The only place a <see cref="DiagnosticDescriptor"/> is constructed: it fixes the help link, the
    /// custom tags (principles, CWE) and enables every rule by default, so no rule can drift from its page.
    /// </summary>
    internal static class RuleDescriptorFactory
    {
        public const string RepositoryUrl = "https://github.com/nhs-code-analyzers/NhsCodeAnalyzers";

        public static string HelpLinkFor(string id) => $"{RepositoryUrl}/blob/main/rules/{id}.md";

        /// <param name="principles">The code-of-conduct principles the rule serves, e.g. "5", "9".</param>
        /// <param name="cwe">The CWE number where one applies, e.g. 502.</param>
        /// <param name="compilationEnd">The rule reports from a compilation-end action (not live in the editor).</param>
        public static DiagnosticDescriptor Create(
            string id,
            string title,
            string messageFormat,
            string category,
            DiagnosticSeverity defaultSeverity,
            string description,
            string[] principles,
            int? cwe = null,
            bool compilationEnd = false)
        {
            var tags = new List<string>();
            foreach (var principle in principles)
            {
                tags.Add("DHSC-Principle-" + principle);
            }

            if (cwe is int number)
            {
                tags.Add("CWE-" + number);
            }

            if (compilationEnd)
            {
                tags.Add(WellKnownDiagnosticTags.CompilationEnd);
            }

            // RS1017 wants a constant ID at each construction; here the ID is a parameter on purpose, and the
            // meta-tests check every descriptor against its page, the index and release tracking instead.
#pragma warning disable RS1017, RS0030 // Constant IDs per construction; the banned constructor is sanctioned here only.
            return new DiagnosticDescriptor(
                id,
                title,
                messageFormat,
                category,
                defaultSeverity,
                isEnabledByDefault: true,
                description: description,
                helpLinkUri: HelpLinkFor(id),
                customTags: tags.ToArray());
#pragma warning restore RS1017, RS0030
        }
    }
}
