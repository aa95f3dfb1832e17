using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.CodeFixes.Shared;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Shared.Identifiers;

namespace NhsCodeAnalyzers.CodeFixes.Rules
{
    /// <summary>One declared type to replace: the span of the type as written and what replaces it.</summary>
    internal readonly struct TypeEdit : IEquatable<TypeEdit>
    {
        public TypeEdit(DocumentId documentId, TextSpan span, string replacement)
        {
            DocumentId = documentId;
            Span = span;
            Replacement = replacement;
        }

        public DocumentId DocumentId { get; }

        public TextSpan Span { get; }

        public string Replacement { get; }

        public bool Equals(TypeEdit other) => DocumentId == other.DocumentId && Span == other.Span && Replacement == other.Replacement;

        public override bool Equals(object? obj) => obj is TypeEdit other && Equals(other);

        public override int GetHashCode() => (DocumentId.GetHashCode() * 31 + Span.GetHashCode()) * 31 + Replacement.GetHashCode();
    }

    /// <summary>A checked change: the edits, the solution after them, and the other symbols it changes with the one reported.</summary>
    internal sealed class TypeChangePlan
    {
        public TypeChangePlan(ImmutableArray<TypeEdit> edits, Solution changed, ImmutableArray<string> alsoChanged)
        {
            Edits = edits;
            Changed = changed;
            AlsoChanged = alsoChanged;
        }

        public ImmutableArray<TypeEdit> Edits { get; }

        public Solution Changed { get; }

        /// <summary>Other fields, properties, parameters or locals the value flows to or from, as users read them.</summary>
        public ImmutableArray<string> AlsoChanged { get; }
    }

    /// <summary>
    /// NHS1004's fix, planned against a solution: change a numeric declared type to <c>string</c> only where
    /// (1) no use of the value depends on it being a number — arithmetic, <c>+</c> (which would silently become
    /// concatenation), <c>Equals</c>/<c>CompareTo</c>, generic inference that carries the type on — and (2) the
    /// solution has no new compiler error afterwards. When the value flows to or from other patient-number
    /// symbols (<c>NhsNumber = nhsNumber</c>, an argument to an <c>nhsNumber</c> parameter), those change with it
    /// or nothing changes. Overrides, interface implementations and the other part of a partial method always
    /// change with the member.
    /// </summary>
    internal sealed class PatientNumberTypeChange
    {
        /// <summary>The most symbols one fix changes together; a wider web of numeric uses is for a person to untangle.</summary>
        private const int MaxLinkedSymbols = 12;

        /// <summary>How many implicitly typed locals deep a value is followed (<c>var n = p.NhsNumber; var m = n;</c>).</summary>
        private const int MaxLocalDepth = 3;

        private static readonly ImmutableHashSet<string> ComparisonMethods = ImmutableHashSet.Create(StringComparer.Ordinal, "Equals", "CompareTo", "Compare", "ReferenceEquals");

        private readonly Solution _solution;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<ProjectId, PatientIdentifiers> _identifiers = new Dictionary<ProjectId, PatientIdentifiers>();
        private readonly Dictionary<ISymbol, SymbolFacts?> _facts = new Dictionary<ISymbol, SymbolFacts?>(SymbolEqualityComparer.Default);
        private readonly CompilationCheck _compilationCheck;

        public PatientNumberTypeChange(Solution solution, CancellationToken cancellationToken)
        {
            _solution = solution;
            _compilationCheck = new CompilationCheck(solution, cancellationToken);
            _cancellationToken = cancellationToken;
        }

        /// <summary>The change for one diagnostic, checked to compile; null when none is safe.</summary>
        public async Task<TypeChangePlan?> PlanAsync(Diagnostic diagnostic)
        {
            var target = await ReportedSymbolAsync(diagnostic).ConfigureAwait(false);
            if (target is null)
            {
                return null;
            }

            var facts = await FactsAsync(target).ConfigureAwait(false);
            if (facts is null)
            {
                return null;
            }

            // Prefer the smallest change; a value that flows into other patient-number symbols needs them too.
            if (facts.Partners.IsEmpty)
            {
                return await CheckAsync(facts.Edits, ImmutableArray<string>.Empty).ConfigureAwait(false);
            }

            var linked = await LinkedAsync(new[] { target }).ConfigureAwait(false);
            if (linked is not null)
            {
                var others = linked.Value.Symbols.Where(s => !SymbolEqualityComparer.Default.Equals(s, target)).Select(PatientNumberTypes.DisplayName).ToImmutableArray();
                var plan = await CheckAsync(linked.Value.Edits, others).ConfigureAwait(false);
                if (plan is not null)
                {
                    return plan;
                }
            }

            return await CheckAsync(facts.Edits, ImmutableArray<string>.Empty).ConfigureAwait(false);
        }

        /// <summary>
        /// The change for many diagnostics at once: every reported symbol with the symbols linked to it, checked
        /// together once; if that does not compile, each diagnostic's own change in turn, kept when it still compiles.
        /// </summary>
        public async Task<Solution> FixAllAsync(IEnumerable<Diagnostic> diagnostics)
        {
            var ordered = diagnostics
                .Where(d => d.Location.IsInSource)
                .OrderBy(d => d.Location.SourceTree!.FilePath, StringComparer.Ordinal)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ToList();

            var targets = new List<ISymbol>();
            foreach (var diagnostic in ordered)
            {
                if (await ReportedSymbolAsync(diagnostic).ConfigureAwait(false) is { } target)
                {
                    targets.Add(target);
                }
            }

            var union = new HashSet<TypeEdit>();
            foreach (var target in targets)
            {
                if (await LinkedAsync(new[] { target }).ConfigureAwait(false) is { } linked)
                {
                    union.UnionWith(linked.Edits);
                }
            }

            if (union.Count > 0 && await CheckAsync(union.ToImmutableArray(), ImmutableArray<string>.Empty).ConfigureAwait(false) is { } together)
            {
                return together.Changed;
            }

            var kept = ImmutableArray<TypeEdit>.Empty;
            var result = _solution;
            foreach (var diagnostic in ordered)
            {
                var plan = await PlanAsync(diagnostic).ConfigureAwait(false);
                if (plan is null)
                {
                    continue;
                }

                var candidate = kept.AddRange(plan.Edits.Except(kept));
                if (await CheckAsync(candidate, ImmutableArray<string>.Empty).ConfigureAwait(false) is { } checkedPlan)
                {
                    kept = candidate;
                    result = checkedPlan.Changed;
                }
            }

            return result;
        }

        // ---- What the diagnostic points at -------------------------------------------------------------------

        private async Task<ISymbol?> ReportedSymbolAsync(Diagnostic diagnostic)
        {
            var document = _solution.GetDocument(diagnostic.Location.SourceTree);
            if (document is null)
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var token = root.FindToken(diagnostic.Location.SourceSpan.Start);
            if (token.Span != diagnostic.Location.SourceSpan)
            {
                return null;
            }

            var symbol = token.Parent switch
            {
                VariableDeclaratorSyntax declarator => model.GetDeclaredSymbol(declarator, _cancellationToken),
                PropertyDeclarationSyntax property => model.GetDeclaredSymbol(property, _cancellationToken),
                ParameterSyntax parameter => model.GetDeclaredSymbol(parameter, _cancellationToken),
                _ => null,
            };

            // Arrays and collections: their elements flow into loops and queries this fix does not follow.
            return symbol is not null && PatientNumberTypes.ShapeOf(TypeOf(symbol)) == NumericShape.Scalar ? symbol : null;
        }

        // ---- Linking symbols whose values flow into each other ----------------------------------------------

        private async Task<(ImmutableArray<ISymbol> Symbols, ImmutableArray<TypeEdit> Edits)?> LinkedAsync(IEnumerable<ISymbol> start)
        {
            var symbols = new List<ISymbol>();
            var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var edits = new HashSet<TypeEdit>();
            var queue = new Queue<ISymbol>(start);
            while (queue.Count > 0)
            {
                var symbol = queue.Dequeue();
                if (!seen.Add(symbol))
                {
                    continue;
                }

                if (symbols.Count == MaxLinkedSymbols || await FactsAsync(symbol).ConfigureAwait(false) is not { } facts)
                {
                    return null;
                }

                symbols.Add(symbol);
                edits.UnionWith(facts.Edits);
                foreach (var partner in facts.Partners)
                {
                    queue.Enqueue(partner);
                }
            }

            return (symbols.ToImmutableArray(), edits.ToImmutableArray());
        }

        /// <summary>What changing one symbol takes: its edits (with overrides, implementations, partial parts) and the symbols its value flows to or from; null when a use needs a number.</summary>
        private async Task<SymbolFacts?> FactsAsync(ISymbol symbol)
        {
            if (_facts.TryGetValue(symbol, out var known))
            {
                return known;
            }

            var facts = await ComputeFactsAsync(symbol).ConfigureAwait(false);
            _facts[symbol] = facts;
            return facts;
        }

        private async Task<SymbolFacts?> ComputeFactsAsync(ISymbol symbol)
        {
            var group = await SameDeclarationGroupAsync(symbol).ConfigureAwait(false);
            var edits = new List<TypeEdit>();
            foreach (var member in group)
            {
                if (await EditForAsync(member).ConfigureAwait(false) is not { } edit)
                {
                    return null;
                }

                edits.Add(edit);
            }

            var partners = new List<ISymbol>();
            var searched = new List<ISymbol>(group);
            searched.AddRange(group.OfType<IParameterSymbol>().Select(PatientNumberTypes.PositionalPropertyOf).Where(p => p is not null)!);
            foreach (var member in searched)
            {
                if (!await UsesAllowStringAsync(member, partners, 0).ConfigureAwait(false))
                {
                    return null;
                }
            }

            foreach (var parameter in group.OfType<IParameterSymbol>())
            {
                await AddArgumentPartnersAsync(parameter, partners).ConfigureAwait(false);
            }

            var groupSet = new HashSet<ISymbol>(group, SymbolEqualityComparer.Default);
            return new SymbolFacts(
                edits.Distinct().ToImmutableArray(),
                partners.Where(p => !groupSet.Contains(p)).Distinct(SymbolEqualityComparer.Default).ToImmutableArray());
        }

        /// <summary>The symbol with everything that must keep the same type: overrides, implementations, the implementing part of a partial method.</summary>
        private async Task<ImmutableArray<ISymbol>> SameDeclarationGroupAsync(ISymbol symbol)
        {
            if (symbol is IParameterSymbol { ContainingSymbol: IMethodSymbol method } parameter)
            {
                var methods = await RelatedMembersAsync(method).ConfigureAwait(false);
                var result = ImmutableArray.CreateBuilder<ISymbol>();
                result.Add(parameter);
                foreach (var related in methods.OfType<IMethodSymbol>().Concat(new[] { method }))
                {
                    if (!SymbolEqualityComparer.Default.Equals(related, method) && related.Parameters.Length > parameter.Ordinal)
                    {
                        result.Add(related.Parameters[parameter.Ordinal]);
                    }

                    if (related.PartialImplementationPart is { } implementation && implementation.Parameters.Length > parameter.Ordinal)
                    {
                        result.Add(implementation.Parameters[parameter.Ordinal]);
                    }
                }

                return result.Distinct(SymbolEqualityComparer.Default).ToImmutableArray();
            }

            if (symbol is IPropertySymbol property)
            {
                return ImmutableArray.Create<ISymbol>(property).AddRange(await RelatedMembersAsync(property).ConfigureAwait(false));
            }

            return ImmutableArray.Create(symbol);
        }

        private async Task<ImmutableArray<ISymbol>> RelatedMembersAsync(ISymbol member)
        {
            var found = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var queue = new Queue<ISymbol>(new[] { member });
            while (queue.Count > 0 && found.Count < MaxLinkedSymbols)
            {
                var current = queue.Dequeue();
                var overrides = await SymbolFinder.FindOverridesAsync(current, _solution, null, _cancellationToken).ConfigureAwait(false);
                var implementations = await SymbolFinder.FindImplementationsAsync(current, _solution, null, _cancellationToken).ConfigureAwait(false);
                var implemented = await SymbolFinder.FindImplementedInterfaceMembersAsync(current, _solution, null, _cancellationToken).ConfigureAwait(false);
                var overridden = current switch
                {
                    IMethodSymbol { OverriddenMethod: { } method } => new ISymbol[] { method },
                    IPropertySymbol { OverriddenProperty: { } property } => new ISymbol[] { property },
                    _ => Array.Empty<ISymbol>(),
                };
                foreach (var related in overrides.Concat(implementations).Concat(implemented).Concat(overridden).Select(s => s.OriginalDefinition))
                {
                    if (!SymbolEqualityComparer.Default.Equals(related, member) && found.Add(related))
                    {
                        queue.Enqueue(related);
                    }
                }
            }

            return found.ToImmutableArray();
        }

        // ---- Uses of the value --------------------------------------------------------------------------------

        /// <summary>False when some use needs a number; otherwise adds the patient-number symbols the value flows to or from.</summary>
        private async Task<bool> UsesAllowStringAsync(ISymbol symbol, List<ISymbol> partners, int depth)
        {
            var references = await SymbolFinder.FindReferencesAsync(symbol, _solution, _cancellationToken).ConfigureAwait(false);
            foreach (var reference in references)
            {
                foreach (var location in reference.Locations)
                {
                    if (location.IsCandidateLocation || location.IsImplicit)
                    {
                        continue;
                    }

                    var operation = await ReferenceOperationAsync(location).ConfigureAwait(false);
                    if (operation is not null && !await UseAllowsStringAsync(operation, partners, depth).ConfigureAwait(false))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private async Task<IOperation?> ReferenceOperationAsync(ReferenceLocation location)
        {
            var root = await location.Document.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false);
            var model = await location.Document.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node.Parent is MemberAccessExpressionSyntax access && access.Name == node)
            {
                node = access;
            }
            else if (node.Parent is MemberBindingExpressionSyntax binding && binding.Name == node)
            {
                node = binding;
            }

            var operation = model.GetOperation(node, _cancellationToken);
            return operation is IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation or ILocalReferenceOperation ? operation : null;
        }

        private async Task<bool> UseAllowsStringAsync(IOperation reference, List<ISymbol> partners, int depth)
        {
            var current = reference;
            while (current.Parent is IConversionOperation or IParenthesizedOperation)
            {
                current = current.Parent;
            }

            switch (current.Parent)
            {
                case IBinaryOperation binary:
                    if (binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals)
                    {
                        AddPartner(binary.LeftOperand == current ? binary.RightOperand : binary.LeftOperand, partners);
                        return true;
                    }

                    // "Ward " + nhsNumber is already text; nhsNumber + 1 would silently become "…1".
                    return binary.OperatorKind == BinaryOperatorKind.Add && binary.Type?.SpecialType == SpecialType.System_String;

                case IUnaryOperation:
                case IIncrementOrDecrementOperation:
                    return false;

                case ICompoundAssignmentOperation compound:
                    return compound.Value == current && compound.OperatorKind == BinaryOperatorKind.Add && compound.Target.Type?.SpecialType == SpecialType.System_String;

                case IInvocationOperation invocation when invocation.Instance == current:
                    // string has members of the same names with other meanings (Equals(object), CompareTo(object)).
                    return invocation.TargetMethod.Parameters.IsEmpty && invocation.TargetMethod.Name is nameof(ToString) or nameof(GetHashCode);

                case ISimpleAssignmentOperation assignment:
                    AddPartner(assignment.Target == current ? assignment.Value : assignment.Target, partners);
                    return true;

                case IVariableInitializerOperation initializer:
                    return await InitializerAllowsStringAsync(initializer, partners, depth).ConfigureAwait(false);

                case IArgumentOperation { Parameter: { } parameter } argument:
                    return ArgumentAllowsString(argument, parameter, partners);

                default:
                    // Returns, interpolations, member accesses and the rest: the compiler decides.
                    return true;
            }
        }

        private async Task<bool> InitializerAllowsStringAsync(IVariableInitializerOperation initializer, List<ISymbol> partners, int depth)
        {
            switch (initializer.Parent)
            {
                case IVariableDeclaratorOperation declarator:
                    if (declarator.Symbol.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(_cancellationToken) is VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Type.IsVar: true } })
                    {
                        // var n = patient.NhsNumber: n becomes a string too, so its uses must allow one.
                        return depth < MaxLocalDepth && await UsesAllowStringAsync(declarator.Symbol, partners, depth + 1).ConfigureAwait(false);
                    }

                    AddPartner(declarator.Symbol, partners);
                    return true;

                case IFieldInitializerOperation field:
                    foreach (var initialized in field.InitializedFields)
                    {
                        AddPartner(initialized, partners);
                    }

                    return true;

                case IPropertyInitializerOperation property:
                    foreach (var initialized in property.InitializedProperties)
                    {
                        AddPartner(initialized, partners);
                    }

                    return true;

                default:
                    return true;
            }
        }

        private bool ArgumentAllowsString(IArgumentOperation argument, IParameterSymbol parameter, List<ISymbol> partners)
        {
            var method = parameter.ContainingSymbol as IMethodSymbol;
            if (method is not null && ComparisonMethods.Contains(method.Name) && parameter.Type.SpecialType != SpecialType.System_String)
            {
                return false; // Equals(object, object) would compare a string with a number and say false
            }

            // Generic inference carries the new type on into the result: Math-like helpers, Max<T>, Sum<T>.
            if (parameter.OriginalDefinition.Type is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } typeParameter
                && method is not null && Mentions(method.OriginalDefinition.ReturnType, typeParameter))
            {
                return false;
            }

            AddPartner(parameter.OriginalDefinition, partners);
            return true;
        }

        /// <summary>Call sites of a method, constructor or primary constructor: the value each passes to this parameter.</summary>
        private async Task AddArgumentPartnersAsync(IParameterSymbol parameter, List<ISymbol> partners)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol method)
            {
                return;
            }

            var references = await SymbolFinder.FindReferencesAsync(method, _solution, _cancellationToken).ConfigureAwait(false);
            foreach (var location in references.SelectMany(r => r.Locations))
            {
                var root = await location.Document.GetSyntaxRootAsync(_cancellationToken).ConfigureAwait(false);
                var model = await location.Document.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false);
                if (root is null || model is null)
                {
                    continue;
                }

                for (SyntaxNode? node = root.FindNode(location.Location.SourceSpan, getInnermostNodeForTie: true); node is not null && node is not StatementSyntax and not MemberDeclarationSyntax; node = node.Parent)
                {
                    var arguments = model.GetOperation(node, _cancellationToken) switch
                    {
                        IInvocationOperation invocation when SymbolEqualityComparer.Default.Equals(invocation.TargetMethod.OriginalDefinition, method.OriginalDefinition) => invocation.Arguments,
                        IObjectCreationOperation creation when SymbolEqualityComparer.Default.Equals(creation.Constructor?.OriginalDefinition, method.OriginalDefinition) => creation.Arguments,
                        _ => default(ImmutableArray<IArgumentOperation>?),
                    };
                    if (arguments is { } found)
                    {
                        foreach (var argument in found.Where(a => a.Parameter?.Ordinal == parameter.Ordinal))
                        {
                            AddPartner(argument.Value, partners);
                        }

                        break;
                    }
                }
            }
        }

        private void AddPartner(IOperation value, List<ISymbol> partners)
        {
            if (value.ReferencedSymbol() is { } symbol)
            {
                AddPartner(symbol, partners);
            }
        }

        /// <summary>A field, property, parameter or local, written in source with a numeric type, that holds a national patient number.</summary>
        private void AddPartner(ISymbol symbol, List<ISymbol> partners)
        {
            symbol = symbol.OriginalDefinition;
            var type = TypeOf(symbol);
            if (type is null || PatientNumberTypes.ShapeOf(type) != NumericShape.Scalar || symbol.DeclaringSyntaxReferences.IsEmpty)
            {
                return;
            }

            var project = _solution.GetDocument(symbol.DeclaringSyntaxReferences[0].SyntaxTree)?.Project;
            if (project is null || PatientNumberTypes.NationalKind(symbol, NumericShape.Scalar, IdentifiersFor(project)) == IdentifierKind.None)
            {
                return;
            }

            partners.Add(symbol);
        }

        private PatientIdentifiers IdentifiersFor(Project project)
        {
            if (!_identifiers.TryGetValue(project.Id, out var identifiers))
            {
                identifiers = new PatientIdentifiers(project.AnalyzerOptions.AnalyzerConfigOptionsProvider);
                _identifiers[project.Id] = identifiers;
            }

            return identifiers;
        }

        // ---- The edit ----------------------------------------------------------------------------------------

        private async Task<TypeEdit?> EditForAsync(ISymbol symbol)
        {
            if (symbol is IPropertySymbol property && PatientIdentifiers.RecordParameterOf(property) is { } positional)
            {
                symbol = positional;
            }

            var reference = symbol.DeclaringSyntaxReferences.FirstOrDefault();
            var document = reference is null ? null : _solution.GetDocument(reference.SyntaxTree);
            if (reference is null || document is null)
            {
                return null;
            }

            var syntax = await reference.GetSyntaxAsync(_cancellationToken).ConfigureAwait(false);
            var type = syntax switch
            {
                ParameterSyntax parameter => parameter.Type,
                PropertyDeclarationSyntax declaration => declaration.Type,
                VariableDeclaratorSyntax { Parent: VariableDeclarationSyntax { Variables.Count: 1 } declaration } when !declaration.Type.IsVar => declaration.Type,
                _ => null, // several variables in one declaration, var, or a shape this fix does not rewrite
            };
            var model = await document.GetSemanticModelAsync(_cancellationToken).ConfigureAwait(false);
            if (type is null || model is null || model.GetTypeInfo(type, _cancellationToken).Type is not { } written || !PatientNumberTypes.IsNumericScalar(written))
            {
                return null;
            }

            var nullable = PatientNumberTypes.IsNullableValue(written) && model.GetNullableContext(type.SpanStart).AnnotationsEnabled();
            return new TypeEdit(document.Id, type.Span, nullable ? "string?" : "string");
        }

        // ---- The compile check -------------------------------------------------------------------------------

        /// <summary>
        /// Applies the edits and compares compiler errors, project by project, with the solution as it was: a new
        /// error anywhere (also in projects that reference a changed public member) means no fix. This compiles
        /// the affected projects, which is the only way to be sure of every use, including ones no reference
        /// search finds (an interface implemented through a base class, overload resolution).
        /// </summary>
        private async Task<TypeChangePlan?> CheckAsync(ImmutableArray<TypeEdit> edits, ImmutableArray<string> alsoChanged)
        {
            if (edits.IsEmpty)
            {
                return null;
            }

            var changed = _solution;
            foreach (var document in edits.GroupBy(e => e.DocumentId))
            {
                var text = await _solution.GetDocument(document.Key)!.GetTextAsync(_cancellationToken).ConfigureAwait(false);
                changed = changed.WithDocumentText(document.Key, text.WithChanges(document.Distinct().OrderBy(e => e.Span.Start).Select(e => new TextChange(e.Span, e.Replacement))));
            }

            return await _compilationCheck.KeepsCompilingAsync(changed, edits.Select(e => e.DocumentId.ProjectId)).ConfigureAwait(false)
                ? new TypeChangePlan(edits, changed, alsoChanged)
                : null;
        }

        // ---- Helpers -----------------------------------------------------------------------------------------

        private static ITypeSymbol? TypeOf(ISymbol symbol) => symbol switch
        {
            IFieldSymbol field => field.Type,
            IPropertySymbol property => property.Type,
            IParameterSymbol parameter => parameter.Type,
            ILocalSymbol local => local.Type,
            _ => null,
        };

        private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter) => type switch
        {
            ITypeParameterSymbol candidate => SymbolEqualityComparer.Default.Equals(candidate, typeParameter),
            IArrayTypeSymbol array => Mentions(array.ElementType, typeParameter),
            INamedTypeSymbol named => named.TypeArguments.Any(t => Mentions(t, typeParameter)),
            _ => false,
        };

        private sealed class SymbolFacts
        {
            public SymbolFacts(ImmutableArray<TypeEdit> edits, ImmutableArray<ISymbol> partners)
            {
                Edits = edits;
                Partners = partners;
            }

            public ImmutableArray<TypeEdit> Edits { get; }

            public ImmutableArray<ISymbol> Partners { get; }
        }
    }
}
