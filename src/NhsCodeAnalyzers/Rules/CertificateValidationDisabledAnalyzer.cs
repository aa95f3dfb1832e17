using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.CertificateValidation;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS2004: a certificate-validation callback that accepts every certificate (<see cref="AcceptAllCallbacks"/>)
    /// assigned (<c>=</c> or <c>+=</c>, object initializers too) to one of the callback properties, or passed to
    /// <c>SslStream</c>'s constructor; and any other use of <c>HttpClientHandler.DangerousAcceptAnyServerCertificateValidator</c>.
    /// An assignment is reported at its left-hand side, once, even when its value is that validator.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CertificateValidationDisabledAnalyzer : DiagnosticAnalyzer
    {
        private const string HttpClientHandlerName = "System.Net.Http.HttpClientHandler";
        private const string SslClientAuthenticationOptionsName = "System.Net.Security.SslClientAuthenticationOptions";
        private const string ServicePointManagerName = "System.Net.ServicePointManager";
        private const string HttpWebRequestName = "System.Net.HttpWebRequest";
        private const string SslStreamName = "System.Net.Security.SslStream";

        private const string AcceptAnyValidatorName = "DangerousAcceptAnyServerCertificateValidator";
        private const string SslStreamCallbackParameter = "userCertificateValidationCallback";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.CertificateValidationDisabled);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: TLS settings are written by hand, and a generated client's handler is
            // configured by the code that creates it, which is analysed.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                var apis = new TlsApis(context.Compilation);
                if (apis.CallbackProperties.IsEmpty && apis.SslStream is null)
                {
                    return;
                }

                context.RegisterOperationAction(context => AnalyzeAssignment(context, apis), OperationKind.SimpleAssignment, OperationKind.CompoundAssignment);
                if (apis.AcceptAnyValidator is not null)
                {
                    context.RegisterOperationAction(context => AnalyzeValidatorUse(context, apis), OperationKind.PropertyReference);
                }

                if (apis.SslStream is not null)
                {
                    context.RegisterOperationAction(context => AnalyzeSslStream(context, apis), OperationKind.ObjectCreation);
                }
            });
        }

        private static void AnalyzeAssignment(OperationAnalysisContext context, TlsApis apis)
        {
            var assignment = (IAssignmentOperation)context.Operation;
            if (IsCallbackAssignment(assignment, apis, out var property) && AcceptAllCallbacks.AcceptsAll(assignment.Value, apis.AcceptAnyValidator))
            {
                context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.CertificateValidationDisabled, assignment.Target.Syntax.GetLocation(), property.Name));
            }
        }

        private static void AnalyzeValidatorUse(OperationAnalysisContext context, TlsApis apis)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (reference.Property.Name != AcceptAnyValidatorName
                || !SymbolEqualityComparer.Default.Equals(reference.Property.OriginalDefinition, apis.AcceptAnyValidator)
                || IsInNameOf(reference)
                || IsAssignedToACallback(reference, apis))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.CertificateValidationDisabled, reference.Syntax.GetLocation(), AcceptAnyValidatorName));
        }

        private static void AnalyzeSslStream(OperationAnalysisContext context, TlsApis apis)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (!TypeHierarchy.IsOrDerivesFrom(creation.Type, apis.SslStream!))
            {
                return;
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Parameter?.Name == SslStreamCallbackParameter
                    && AcceptAllCallbacks.AcceptsAll(argument.Value, apis.AcceptAnyValidator))
                {
                    context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.CertificateValidationDisabled, argument.Value.Syntax.GetLocation(), SslStreamCallbackParameter));
                }
            }
        }

        /// <summary><c>=</c> or <c>+=</c> to one of the certificate-validation callback properties.</summary>
        private static bool IsCallbackAssignment(IAssignmentOperation assignment, TlsApis apis, out IPropertySymbol property)
        {
            property = null!;
            if (assignment is ICompoundAssignmentOperation { OperatorKind: not BinaryOperatorKind.Add }
                || assignment.Target is not IPropertyReferenceOperation { Property: { } target }
                || !apis.CallbackProperties.Contains(target.OriginalDefinition))
            {
                return false;
            }

            property = target;
            return true;
        }

        /// <summary>The validator is the value of a callback assignment, which is reported at its left-hand side instead.</summary>
        private static bool IsAssignedToACallback(IOperation reference, TlsApis apis)
        {
            var current = reference;
            while (current.Parent is IConversionOperation or IParenthesizedOperation or IDelegateCreationOperation)
            {
                current = current.Parent;
            }

            return current.Parent is IAssignmentOperation assignment && assignment.Value == current && IsCallbackAssignment(assignment, apis, out _);
        }

        private static bool IsInNameOf(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The TLS types and members the rule watches, resolved once per compilation by metadata name.</summary>
        private sealed class TlsApis
        {
            public TlsApis(Compilation compilation)
            {
                var properties = ImmutableHashSet.CreateBuilder<IPropertySymbol>(SymbolEqualityComparer.Default);
                var handler = TypeLookup.Find(compilation, HttpClientHandlerName);
                AddProperty(properties, handler, "ServerCertificateCustomValidationCallback");
                AddProperty(properties, TypeLookup.Find(compilation, SslClientAuthenticationOptionsName), "RemoteCertificateValidationCallback");
                AddProperty(properties, TypeLookup.Find(compilation, ServicePointManagerName), "ServerCertificateValidationCallback");
                AddProperty(properties, TypeLookup.Find(compilation, HttpWebRequestName), "ServerCertificateValidationCallback");
                CallbackProperties = properties.ToImmutable();
                AcceptAnyValidator = handler?.GetMembers(AcceptAnyValidatorName).OfType<IPropertySymbol>().FirstOrDefault(static property => property.IsStatic);
                SslStream = TypeLookup.Find(compilation, SslStreamName);
            }

            public ImmutableHashSet<IPropertySymbol> CallbackProperties { get; }

            public IPropertySymbol? AcceptAnyValidator { get; }

            public INamedTypeSymbol? SslStream { get; }

            private static void AddProperty(ImmutableHashSet<IPropertySymbol>.Builder properties, INamedTypeSymbol? type, string name)
            {
                foreach (var member in type?.GetMembers(name) ?? ImmutableArray<ISymbol>.Empty)
                {
                    if (member is IPropertySymbol property)
                    {
                        properties.Add(property);
                    }
                }
            }
        }
    }
}
