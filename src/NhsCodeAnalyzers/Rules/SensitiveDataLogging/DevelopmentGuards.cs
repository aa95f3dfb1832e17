using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.SensitiveDataLogging
{
    /// <summary>
    /// The EF Core and hosting APIs NHS2005 watches, resolved once per compilation by metadata name, and the
    /// guards that keep <c>EnableSensitiveDataLogging()</c> to development: an <c>IsDevelopment()</c> or
    /// <c>IsEnvironment("Development")</c> check around or above the call, a <c>#if DEBUG</c> region, a
    /// <c>[Conditional("DEBUG")]</c> method. Shared by the analyzer and its fix.
    /// </summary>
    internal sealed class DevelopmentGuards
    {
        public const string EnableMethodName = "EnableSensitiveDataLogging";

        private const string DevelopmentName = "Development";

        private static readonly ImmutableArray<string> OptionsBuilderNames = ImmutableArray.Create(
            "Microsoft.EntityFrameworkCore.DbContextOptionsBuilder",
            "Microsoft.EntityFrameworkCore.DbContextOptionsBuilder`1");

        /// <summary>The host environment interfaces, newest first: the fix prefers an <c>IHostEnvironment</c>.</summary>
        private static readonly ImmutableArray<(string Environment, string Extensions)> EnvironmentTypes = ImmutableArray.Create(
            ("Microsoft.Extensions.Hosting.IHostEnvironment", "Microsoft.Extensions.Hosting.HostEnvironmentEnvExtensions"),
            ("Microsoft.AspNetCore.Hosting.IHostingEnvironment", "Microsoft.AspNetCore.Hosting.HostingEnvironmentExtensions"),
            ("Microsoft.Extensions.Hosting.IHostingEnvironment", "Microsoft.Extensions.Hosting.HostingEnvironmentExtensions"));

        /// <summary>Assemblies of the test frameworks: a compilation that references one is a test project.</summary>
        private static readonly ImmutableHashSet<string> TestFrameworkAssemblies = ImmutableHashSet.Create(
            StringComparer.OrdinalIgnoreCase,
            "xunit.core",
            "xunit.v3.core",
            "nunit.framework",
            "Microsoft.VisualStudio.TestPlatform.TestFramework",
            "MSTest.TestFramework",
            "TUnit.Core");

        private readonly ImmutableHashSet<INamedTypeSymbol> _optionsBuilders;
        private readonly ImmutableHashSet<INamedTypeSymbol> _extensionTypes;

        private DevelopmentGuards(
            ImmutableHashSet<INamedTypeSymbol> optionsBuilders,
            ImmutableHashSet<INamedTypeSymbol> extensionTypes,
            ImmutableArray<(INamedTypeSymbol Environment, INamedTypeSymbol Extensions)> environments)
        {
            _optionsBuilders = optionsBuilders;
            _extensionTypes = extensionTypes;
            Environments = environments;
        }

        /// <summary>Each host environment interface present, with the static class that declares its <c>IsDevelopment()</c>.</summary>
        public ImmutableArray<(INamedTypeSymbol Environment, INamedTypeSymbol Extensions)> Environments { get; }

        /// <summary>Null when EF Core's <c>DbContextOptionsBuilder</c> is absent.</summary>
        public static DevelopmentGuards? Create(Compilation compilation)
        {
            var optionsBuilders = TypeLookup.FindSet(compilation, OptionsBuilderNames);
            if (optionsBuilders.IsEmpty)
            {
                return null;
            }

            // FindAll, not Find: an application sees more than one class of some of these names (the hosting
            // implementation has an internal HostingEnvironmentExtensions too); the one that matters declares a
            // public IsDevelopment() for the environment interface.
            var environments = ImmutableArray.CreateBuilder<(INamedTypeSymbol, INamedTypeSymbol)>();
            foreach (var (environmentName, extensionsName) in EnvironmentTypes)
            {
                foreach (var environment in TypeLookup.FindAll(compilation, environmentName))
                {
                    var extensions = TypeLookup.FindAll(compilation, extensionsName).FirstOrDefault(type => DeclaresIsDevelopmentFor(type, environment));
                    if (extensions is not null)
                    {
                        environments.Add((environment, extensions));
                    }
                }
            }

            var extensionTypes = environments.Select(e => e.Item2).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            return new DevelopmentGuards(optionsBuilders, extensionTypes, environments.ToImmutable());
        }

        private static bool DeclaresIsDevelopmentFor(INamedTypeSymbol extensions, INamedTypeSymbol environment)
            => extensions.DeclaredAccessibility == Accessibility.Public &&
               extensions.GetMembers("IsDevelopment").OfType<IMethodSymbol>().Any(method =>
                   method.IsExtensionMethod &&
                   method.DeclaredAccessibility == Accessibility.Public &&
                   method.Parameters.Length == 1 &&
                   SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type, environment));

        /// <summary>A test project: sensitive-data logging there shows test data, not patients'.</summary>
        public static bool IsTestProject(Compilation compilation)
            => compilation.ReferencedAssemblyNames.Any(identity => TestFrameworkAssemblies.Contains(identity.Name));

        /// <summary><c>EnableSensitiveDataLogging(...)</c> on EF Core's options builder that turns it on (no argument, <c>true</c>, or a value that is not an <c>IsDevelopment()</c> check).</summary>
        public bool TurnsOnSensitiveDataLogging(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name != EnableMethodName || !_optionsBuilders.Contains(method.ContainingType.OriginalDefinition))
            {
                return false;
            }

            var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0);
            if (argument is null)
            {
                return true;
            }

            var value = argument.Value.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: bool enabled })
            {
                return enabled;
            }

            return !IsDevelopmentCheck(value, whenTrue: true);
        }

        /// <summary>True when the call only runs in development or in a DEBUG build.</summary>
        public bool IsGuarded(IOperation call, ISymbol containingSymbol)
            => IsGuardedByCondition(call) || IsInDebugRegion(call.Syntax) || IsDebugOnlyMethod(containingSymbol);

        /// <summary>
        /// True when <paramref name="operation"/> is true only in development (<paramref name="whenTrue"/>), or
        /// false only in development (otherwise): <c>env.IsDevelopment()</c>, <c>env.IsEnvironment("Development")</c>,
        /// <c>env.EnvironmentName == "Development"</c>, negations, and <c>&amp;&amp;</c>/<c>||</c> that include one.
        /// </summary>
        public bool IsDevelopmentCheck(IOperation operation, bool whenTrue)
        {
            switch (operation.WithoutConversions())
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return IsDevelopmentCheck(not.Operand, !whenTrue);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when whenTrue:
                    return IsDevelopmentCheck(both.LeftOperand, true) || IsDevelopmentCheck(both.RightOperand, true);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when !whenTrue:
                    return IsDevelopmentCheck(either.LeftOperand, false) || IsDevelopmentCheck(either.RightOperand, false);
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    return (comparison.OperatorKind == BinaryOperatorKind.Equals) == whenTrue && IsEnvironmentNameComparison(comparison);
                case IInvocationOperation invocation when whenTrue:
                    return IsDevelopmentCall(invocation);
                default:
                    return false;
            }
        }

        private bool IsDevelopmentCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!_extensionTypes.Contains(method.ContainingType))
            {
                return false;
            }

            if (method.Name == "IsDevelopment")
            {
                return true;
            }

            return method.Name == "IsEnvironment" &&
                   invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 1) is { } name &&
                   IsDevelopmentName(name.Value, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>"Development", as a constant or as the hosting API's <c>Environments.Development</c> (a static readonly field, not a constant).</summary>
        private static bool IsDevelopmentName(IOperation value, StringComparison comparison)
        {
            value = value.WithoutConversions();
            if (value.ConstantValue is { HasValue: true, Value: string name })
            {
                return string.Equals(name, DevelopmentName, comparison);
            }

            return value is IFieldReferenceOperation { Field: { Name: DevelopmentName, IsStatic: true } field } &&
                   field.ContainingType.Name is "Environments" or "EnvironmentName" &&
                   field.ContainingType.ContainingNamespace?.ToDisplayString() is "Microsoft.Extensions.Hosting" or "Microsoft.AspNetCore.Hosting";
        }

        /// <summary><c>env.EnvironmentName == "Development"</c> (or <c>Environments.Development</c>, a constant).</summary>
        private bool IsEnvironmentNameComparison(IBinaryOperation comparison)
        {
            bool IsName(IOperation side) => side.WithoutConversions() is IPropertyReferenceOperation { Property.Name: "EnvironmentName" } property &&
                                            Environments.Any(e => SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, e.Environment));
            bool IsDevelopment(IOperation side) => IsDevelopmentName(side, StringComparison.Ordinal);

            return (IsName(comparison.LeftOperand) && IsDevelopment(comparison.RightOperand)) ||
                   (IsName(comparison.RightOperand) && IsDevelopment(comparison.LeftOperand));
        }

        /// <summary>
        /// Walks out from the call: inside the true branch of a development check (<c>if</c>, <c>?:</c>,
        /// <c>&amp;&amp;</c>), the false branch of a negated one, or below an early exit
        /// (<c>if (!env.IsDevelopment()) return;</c>) in any enclosing block, lambdas included.
        /// </summary>
        private bool IsGuardedByCondition(IOperation call)
        {
            var child = call;
            for (var parent = call.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                switch (parent)
                {
                    case IConditionalOperation conditional when conditional.Condition != child:
                        if ((conditional.WhenTrue == child && IsDevelopmentCheck(conditional.Condition, true)) ||
                            (conditional.WhenFalse == child && IsDevelopmentCheck(conditional.Condition, false)))
                        {
                            return true;
                        }

                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } both when both.RightOperand == child:
                        if (IsDevelopmentCheck(both.LeftOperand, true))
                        {
                            return true;
                        }

                        break;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } either when either.RightOperand == child:
                        if (IsDevelopmentCheck(either.LeftOperand, false))
                        {
                            return true;
                        }

                        break;
                    case IBlockOperation block:
                        foreach (var statement in block.Operations)
                        {
                            if (statement == child)
                            {
                                break;
                            }

                            if (statement is IConditionalOperation { WhenFalse: null } exit && AlwaysExits(exit.WhenTrue) && IsDevelopmentCheck(exit.Condition, false))
                            {
                                return true;
                            }
                        }

                        break;
                }
            }

            return false;
        }

        private static bool AlwaysExits(IOperation operation) => operation switch
        {
            IReturnOperation or IThrowOperation => true,
            IExpressionStatementOperation { Operation: IThrowOperation } => true,
            IBranchOperation { BranchKind: BranchKind.Continue or BranchKind.Break } => true,
            IBlockOperation block => block.Operations.Length > 0 && AlwaysExits(block.Operations[block.Operations.Length - 1]),
            _ => false,
        };

        /// <summary>
        /// Inside a <c>#if DEBUG</c> (or <c>#elif DEBUG</c>, <c>#if DEBUG &amp;&amp; X</c>) branch. The call is
        /// compiled, so every enclosing branch is the active one; it is enough that one of them requires DEBUG.
        /// </summary>
        private static bool IsInDebugRegion(SyntaxNode call)
        {
            var root = call.SyntaxTree.GetRoot();
            if (!root.ContainsDirectives)
            {
                return false;
            }

            var position = call.SpanStart;
            var branches = ImmutableStack<bool>.Empty; // per open #if: does its current branch require DEBUG?
            for (var directive = root.GetFirstDirective(); directive is not null && directive.SpanStart < position; directive = directive.GetNextDirective())
            {
                switch (directive)
                {
                    case IfDirectiveTriviaSyntax ifDirective:
                        branches = branches.Push(RequiresDebug(ifDirective.Condition));
                        break;
                    case ElifDirectiveTriviaSyntax elif when !branches.IsEmpty:
                        branches = branches.Pop().Push(RequiresDebug(elif.Condition));
                        break;
                    case ElseDirectiveTriviaSyntax when !branches.IsEmpty:
                        branches = branches.Pop().Push(false);
                        break;
                    case EndIfDirectiveTriviaSyntax when !branches.IsEmpty:
                        branches = branches.Pop();
                        break;
                }
            }

            return branches.Any(requiresDebug => requiresDebug);
        }

        private static bool RequiresDebug(ExpressionSyntax condition) => condition switch
        {
            IdentifierNameSyntax name => name.Identifier.ValueText == "DEBUG",
            ParenthesizedExpressionSyntax parenthesized => RequiresDebug(parenthesized.Expression),
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.LogicalAndExpression) => RequiresDebug(binary.Left) || RequiresDebug(binary.Right),
            _ => false,
        };

        /// <summary>A method marked <c>[Conditional("DEBUG")]</c>: its calls are removed from release builds.</summary>
        private static bool IsDebugOnlyMethod(ISymbol containingSymbol)
            => containingSymbol is IMethodSymbol method &&
               method.GetAttributes().Any(attribute =>
                   attribute.AttributeClass is { Name: "ConditionalAttribute" } attributeClass &&
                   attributeClass.ContainingNamespace?.ToDisplayString() == "System.Diagnostics" &&
                   attribute.ConstructorArguments.Length == 1 &&
                   attribute.ConstructorArguments[0].Value is "DEBUG");
    }
}
