using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Rules.Transparency;

namespace NhsCodeAnalyzers.Rules
{
    /// <summary>
    /// NHS4002: an empty, whitespace-only or placeholder value in a required argument of <c>[DataProvenance]</c>
    /// (Source, LawfulBasis, Limitations), <c>[AlgorithmCard]</c> (ModelType, IntendedUse, Validation, Limitations)
    /// or <c>[EncryptedAtRest]</c> (the mechanism), and a required named argument that is missing. Reported at the
    /// argument, or at the attribute for a missing one.
    /// </summary>
    /// <remarks>
    /// A syntax-node action on attributes, pre-filtered by the written name: attribute applications have no symbol
    /// or operation action that reaches every place they are written (the assembly, parameters of lambdas and local
    /// functions), and the argument syntax is where the diagnostic belongs. Constant values come from the
    /// semantic model, so <c>Source = Provenance.Pas</c> is checked by the constant's value.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PlaceholderDeclarationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.PlaceholderDeclaration);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is analysed: a declaration in a generated file silences NHS1001 and NHS4001 just the
            // same, so its placeholder must be reported (and fixed in the generator's input).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxNodeAction(static context => AnalyzeAttribute(context), SyntaxKind.Attribute);
        }

        private static void AnalyzeAttribute(SyntaxNodeAnalysisContext context)
        {
            var attribute = (AttributeSyntax)context.Node;
            var declaration = Declaration.ForWrittenName(WrittenName(attribute.Name));
            if (declaration is null)
            {
                return;
            }

            if (context.SemanticModel.GetSymbolInfo(attribute, context.CancellationToken).Symbol is not IMethodSymbol constructor
                || !TransparencyAttributes.Is(constructor.ContainingType, declaration.AttributeName))
            {
                return;
            }

            var shortName = TransparencyAttributes.ShortName(declaration.AttributeName);
            var arguments = attribute.ArgumentList?.Arguments ?? default;
            foreach (var required in declaration.Required)
            {
                var argument = FindArgument(arguments, constructor, required, out var writtenName);
                if (argument is null)
                {
                    if (Declares(constructor, required))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.PlaceholderDeclaration, attribute.GetLocation(), required, shortName, "missing"));
                    }

                    continue;
                }

                var constant = context.SemanticModel.GetConstantValue(argument.Expression, context.CancellationToken);
                if (!constant.HasValue || constant.Value is not (string or null))
                {
                    continue;
                }

                if (Placeholders.Describe((string?)constant.Value) is { } problem)
                {
                    context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.PlaceholderDeclaration, argument.GetLocation(), writtenName, shortName, problem));
                }
            }
        }

        /// <summary>The argument that gives the required value: named (<c>Source = ...</c>), by parameter name (<c>mechanism: ...</c>) or by position.</summary>
        private static AttributeArgumentSyntax? FindArgument(SeparatedSyntaxList<AttributeArgumentSyntax> arguments, IMethodSymbol constructor, string required, out string writtenName)
        {
            writtenName = required;
            var position = 0;
            foreach (var argument in arguments)
            {
                string? name;
                if (argument.NameEquals is { } nameEquals)
                {
                    name = nameEquals.Name.Identifier.ValueText;
                }
                else if (argument.NameColon is { } nameColon)
                {
                    name = nameColon.Name.Identifier.ValueText;
                }
                else
                {
                    name = position < constructor.Parameters.Length ? constructor.Parameters[position].Name : null;
                    position++;
                }

                if (name is not null && string.Equals(name, required, StringComparison.OrdinalIgnoreCase))
                {
                    writtenName = name;
                    return argument;
                }
            }

            return null;
        }

        /// <summary>True when the attribute type has a place for the value (a property, field or constructor parameter of that name), so leaving it out is a gap, not a different shape of look-alike.</summary>
        private static bool Declares(IMethodSymbol constructor, string required)
        {
            if (constructor.Parameters.Any(p => string.Equals(p.Name, required, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }

            for (var type = constructor.ContainingType; type is not null; type = type.BaseType)
            {
                if (type.GetMembers().Any(m => m is IPropertySymbol or IFieldSymbol && string.Equals(m.Name, required, StringComparison.OrdinalIgnoreCase)))
                {
                    return true;
                }
            }

            return false;
        }

        private static string WrittenName(NameSyntax name) => name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => string.Empty,
        };

        /// <summary>One of the checked attributes and the values it must state.</summary>
        private sealed class Declaration
        {
            private static readonly Declaration DataProvenance = new Declaration(TransparencyAttributes.DataProvenance, TransparencyAttributes.DataProvenanceRequired);
            private static readonly Declaration AlgorithmCard = new Declaration(TransparencyAttributes.AlgorithmCard, TransparencyAttributes.AlgorithmCardRequired);
            private static readonly Declaration EncryptedAtRest = new Declaration(TransparencyAttributes.EncryptedAtRest, TransparencyAttributes.EncryptedAtRestRequired);

            private Declaration(string attributeName, ImmutableArray<string> required)
            {
                AttributeName = attributeName;
                Required = required;
            }

            public string AttributeName { get; }

            public ImmutableArray<string> Required { get; }

            /// <summary>The cheap pre-filter: the name as written, with or without the Attribute suffix.</summary>
            public static Declaration? ForWrittenName(string name) => name switch
            {
                "DataProvenance" or TransparencyAttributes.DataProvenance => DataProvenance,
                "AlgorithmCard" or TransparencyAttributes.AlgorithmCard => AlgorithmCard,
                "EncryptedAtRest" or TransparencyAttributes.EncryptedAtRest => EncryptedAtRest,
                _ => null,
            };
        }
    }
}
