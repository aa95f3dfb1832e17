using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS2001: bytes made from a patient identifier (<see cref="LocalDataFlow.FindIdentifier"/>) hashed without a key
    /// (<see cref="HashingCalls.FindUnkeyed"/>), unless a secret that is not in source is mixed in first. Reported on
    /// the hashing call. The diagnostic tells the code fix how the hash is computed (<see cref="ShapeProperty"/>) and,
    /// for an instance or incremental hash, where it was created (the additional location).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnkeyedIdentifierHashAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the <see cref="HashShape"/> the fix rewrites; absent when no fix is possible.</summary>
        public const string ShapeProperty = "NHS2001.Shape";

        /// <summary>Diagnostic property: the HMAC of the same strength (<c>HMACSHA256</c>), or empty when the algorithm is not known.</summary>
        public const string HmacProperty = "NHS2001.Hmac";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.UnkeyedIdentifierHash);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is skipped: a team cannot change how generated code hashes, and the identifier reaches
            // it from the team's own code, where a hash of it is reported.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(static context =>
            {
                var calls = HashingCalls.Create(context.Compilation);
                if (calls is null)
                {
                    return;
                }

                var options = context.Options.AnalyzerConfigOptionsProvider;
                var flow = new LocalDataFlow(context.Compilation, new IdentifierExpressions(new PatientIdentifiers(options), new RedactionMethods(options)));
                context.RegisterOperationAction(context => Analyze(context, calls, flow), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, HashingCalls calls, LocalDataFlow flow)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!calls.IsWatched(invocation.TargetMethod.ContainingType) || calls.FindUnkeyed(invocation) is not { } hash || !HashesIdentifier(hash, flow))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var additional = ImmutableArray<Location>.Empty;
            if (FixShape(invocation, hash, calls, flow) is { } shape)
            {
                properties = properties.Add(ShapeProperty, shape.ToString()).Add(HmacProperty, HmacName(invocation, hash, calls));
                if (hash.Creation is not null)
                {
                    additional = ImmutableArray.Create(hash.Creation.Syntax.GetLocation());
                }
            }

            // sha?.ComputeHash(x): the whole conditional access, not only its .ComputeHash(x) part.
            var syntax = invocation.Syntax.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == invocation.Syntax ? conditional : invocation.Syntax;
            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.UnkeyedIdentifierHash, syntax.GetLocation(), additional, properties, ShortForm(invocation)));
        }

        private static bool HashesIdentifier(UnkeyedHash hash, LocalDataFlow flow)
            => flow.FindIdentifier(hash.Data) is { CombinedWithSecret: false };

        /// <summary>The shape the fix can rewrite here, or null: the keyed API must exist in this compilation, and the hash object must be created where the fix can see it.</summary>
        private static HashShape? FixShape(IInvocationOperation invocation, UnkeyedHash hash, HashingCalls calls, LocalDataFlow flow)
        {
            switch (hash.Shape)
            {
                case HashShape.OneShot:
                    var hmac = calls.HmacFor(hash.Algorithm!);
                    var hasKeyedForm = hmac is not null && hmac.GetMembers(invocation.TargetMethod.Name)
                        .Any(m => m is IMethodSymbol { IsStatic: true, Parameters.Length: > 0 } method && method.Parameters[0].Name == "key");
                    return hasKeyedForm && invocation.Syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax } ? hash.Shape : null;

                case HashShape.CryptographicOperations:
                    var keyedName = invocation.TargetMethod.Name == "HashData" ? "HmacData" : "TryHmacData";
                    return calls.CryptographicOperations!.GetMembers(keyedName).IsEmpty ? null : hash.Shape;

                case HashShape.Instance:
                    var isPlainCreation = hash.Creation switch
                    {
                        IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Create", Parameters.Length: 0 } } create => calls.UnkeyedAlgorithmOf(create.TargetMethod.ContainingType) is not null,
                        IObjectCreationOperation { Arguments.Length: 0, Initializer: null } created => calls.UnkeyedAlgorithmOf(created.Type) is not null,
                        _ => false,
                    };
                    var hasConstructor = calls.HmacFor(hash.Algorithm!)?.InstanceConstructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].Type is IArrayTypeSymbol) == true;
                    return isPlainCreation && hasConstructor && OnlyHashesIdentifiers(invocation, calls, flow) ? hash.Shape : null;

                case HashShape.Incremental:
                    var hasHmac = calls.IncrementalHash!.GetMembers("CreateHMAC").Any();
                    return hasHmac && hash.Creation is IInvocationOperation { Arguments.Length: 1 } ? hash.Shape : null;

                default:
                    return null;
            }
        }

        /// <summary>
        /// Keying a hash object changes every hash it computes, so the fix is offered only when every hash computed
        /// with it (through its local) is of a patient identifier; it may also be disposed or have properties read.
        /// </summary>
        private static bool OnlyHashesIdentifiers(IInvocationOperation invocation, HashingCalls calls, LocalDataFlow flow)
        {
            if (HashingCalls.Receiver(invocation)?.WithoutConversions() is not ILocalReferenceOperation local)
            {
                return true;
            }

            foreach (var reference in LocalDataFlow.References(local.Local, invocation))
            {
                IOperation use = reference;
                while (use.Parent is IConversionOperation or IParenthesizedOperation)
                {
                    use = use.Parent;
                }

                if (use.Parent is IConditionalAccessOperation access && access.Operation == use)
                {
                    use = access.WhenNotNull;
                }
                else if (use.Parent is IInvocationOperation or IPropertyReferenceOperation)
                {
                    use = use.Parent;
                }

                switch (use)
                {
                    case IInvocationOperation call when HashingCalls.Receiver(call)?.WithoutConversions() is ILocalReferenceOperation:
                        if (calls.FindUnkeyed(call) is { } other && !HashesIdentifier(other, flow))
                        {
                            return false;
                        }

                        break;
                    case IPropertyReferenceOperation { Instance: not null }:
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <summary>For the title: <c>HMACSHA256</c> for <c>SHA256</c> or <c>HashAlgorithmName.SHA256</c>; empty when not known.</summary>
        private static string HmacName(IInvocationOperation invocation, UnkeyedHash hash, HashingCalls calls)
        {
            if (hash.Algorithm is not null)
            {
                return calls.HmacFor(hash.Algorithm)?.Name ?? string.Empty;
            }

            var call = hash.Shape == HashShape.Incremental ? hash.Creation as IInvocationOperation : invocation;
            var algorithm = call?.Arguments.FirstOrDefault(a => a.Parameter?.Name == "hashAlgorithm")?.Value.WithoutConversions();
            return algorithm is IPropertyReferenceOperation { Property: { IsStatic: true, ContainingType.Name: "HashAlgorithmName" } property }
                && HashingCalls.AlgorithmNames.Any(n => n.Hash == property.Name)
                ? "HMAC" + property.Name
                : string.Empty;
        }

        /// <summary>The call as written, short: <c>SHA256.HashData</c>, <c>sha.ComputeHash</c>, <c>hash.AppendData</c>.</summary>
        private static string ShortForm(IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            switch (invocation.Syntax)
            {
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access }:
                    var receiver = access.Expression;
                    if (invocation.TargetMethod.IsStatic)
                    {
                        // Only a type can precede a static method: keep its simple name (SHA256, not System.Security.Cryptography.SHA256).
                        receiver = receiver switch
                        {
                            QualifiedNameSyntax qualified => qualified.Right,
                            MemberAccessExpressionSyntax member => member.Name,
                            AliasQualifiedNameSyntax alias => alias.Name,
                            _ => receiver,
                        };
                    }

                    return receiver + "." + name;
                case InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax } when invocation.Syntax.Parent is ConditionalAccessExpressionSyntax conditional:
                    return conditional.Expression + "?." + name;
                default:
                    return invocation.TargetMethod.IsStatic ? invocation.TargetMethod.ContainingType.Name + "." + name : name;
            }
        }
    }
}
