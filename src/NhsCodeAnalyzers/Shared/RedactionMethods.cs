using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Shared.Identifiers;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// Answers "is the value this method returns safe to write out?": a method marked <c>[Redactor]</c> (any
    /// namespace), one listed in <c>nhs_code_analyzers.redaction_methods</c> (<c>Namespace.Type.Method</c> or a bare
    /// <c>Method</c>), or one whose name says it protects the value (<c>Mask</c>, <c>Redact</c>,
    /// <c>Pseudonymise</c>, <c>Encrypt</c>, <c>Tokenise</c>...). Per compilation; safe to share across threads.
    /// </summary>
    internal sealed class RedactionMethods
    {
        public const string AttributeName = "RedactorAttribute";

        private static readonly SymbolDisplayFormat TypeNameFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces);

        /// <summary>Verbs and adjectives in a method name that say its result no longer identifies anyone.</summary>
        /// <remarks>Not "hash" or "token": an unkeyed hash of an NHS number is reversible (NHS2001), and a name like
        /// <c>GetToken(nhsNumber)</c> says nothing about protection.</remarks>
        private static readonly ImmutableHashSet<string> ProtectingWords = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "redact", "redacted", "mask", "masked", "pseudonymise", "pseudonymize", "pseudonymised", "pseudonymized",
            "anonymise", "anonymize", "anonymised", "anonymized", "encrypt", "encrypted", "tokenise", "tokenize", "tokenised", "tokenized");

        private readonly AnalyzerConfigOptionsProvider _options;
        private readonly ConcurrentDictionary<AnalyzerConfigOptions, ImmutableHashSet<string>> _configured = new ConcurrentDictionary<AnalyzerConfigOptions, ImmutableHashSet<string>>();

        public RedactionMethods(AnalyzerConfigOptionsProvider options)
        {
            _options = options;
        }

        public bool IsRedactor(IMethodSymbol method, SyntaxTree? tree)
        {
            method = (method.ReducedFrom ?? method).OriginalDefinition;
            if (method.GetAttributes().Any(a => a.AttributeClass?.Name is AttributeName or "Redactor"))
            {
                return true;
            }

            if (IdentifierWords.Split(method.Name).Any(ProtectingWords.Contains))
            {
                return true;
            }

            var configured = Configured(tree);
            if (configured.IsEmpty)
            {
                return false;
            }

            return configured.Contains(method.Name) ||
                (method.ContainingType is { } type && configured.Contains(type.ToDisplayString(TypeNameFormat) + "." + method.Name));
        }

        private ImmutableHashSet<string> Configured(SyntaxTree? tree)
        {
            var options = tree is null ? _options.GlobalOptions : _options.GetOptions(tree);
            return _configured.GetOrAdd(options, static o => NhsOptionReader.GetValues(o, NhsOptionKeys.Find(NhsOptionKeys.RedactionMethods)!).ToImmutableHashSet(StringComparer.Ordinal));
        }
    }
}
