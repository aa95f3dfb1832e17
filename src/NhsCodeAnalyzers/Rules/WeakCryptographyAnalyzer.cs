using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.WeakCryptography;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS2002: creating or using MD5, SHA-1, DES, Triple DES, RC2, HMAC-SHA1/HMAC-MD5 or the ECB cipher mode.
    /// Reported where the algorithm comes into play: the creation (<c>MD5.Create()</c>,
    /// <c>new SHA1Managed()</c>), the static one-shot call (<c>MD5.HashData(...)</c>), the by-name factory
    /// (<c>HashAlgorithm.Create("MD5")</c>), <c>CipherMode.ECB</c> / <c>HashAlgorithmName.SHA1</c> used as a
    /// value, and the <c>EncryptEcb</c>/<c>DecryptEcb</c> calls. A type that only appears in a declaration,
    /// <c>typeof</c> or <c>nameof</c> is not a use.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WeakCryptographyAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.WeakCryptography);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: an algorithm chosen by a generator is fixed in the generator, and
            // warnings in generated files are ones a team cannot act on where they appear.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                var apis = WeakCryptoApis.Create(context.Compilation);
                if (apis is null)
                {
                    return;
                }

                context.RegisterOperationAction(
                    context => Analyze(context, apis),
                    OperationKind.Invocation,
                    OperationKind.ObjectCreation,
                    OperationKind.FieldReference,
                    OperationKind.PropertyReference);
            });
        }

        private static void Analyze(OperationAnalysisContext context, WeakCryptoApis apis)
        {
            if (apis.Classify(context.Operation) is { } use)
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.WeakCryptography, context.Operation.Syntax.GetLocation(), use.Display, use.Replacement));
            }
        }
    }
}
