using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.PlainHttp
{
    /// <summary>
    /// NHS2003 for a <c>const</c> or <c>readonly</c> field written with an <c>http://</c> literal: does any use of the
    /// field, anywhere in the compilation, reach an endpoint? Answered from the field's side so that the diagnostic
    /// is reported while the field's own declaration is analysed: it is then shown in the editor and fixable there
    /// (a diagnostic reported while analysing another member is "non-local": build-only, and without a fix).
    /// </summary>
    /// <remarks>
    /// The uses are found by <see cref="FieldReferences"/>, and only for the rare field that holds a plain-HTTP URL.
    /// </remarks>
    internal sealed class FieldEndpointUses
    {
        private const int MaxSteps = 4;

        private readonly Compilation _compilation;
        private readonly HttpEndpointApis _apis;

        public FieldEndpointUses(Compilation compilation, HttpEndpointApis apis)
        {
            _compilation = compilation;
            _apis = apis;
        }

        /// <summary>The field's own <c>http://</c> literals, when one of its uses reaches an endpoint; otherwise none.</summary>
        public List<PlainHttpLiteral> LiteralsToReport(IFieldSymbol field, IOperation initializer, CancellationToken cancellationToken)
        {
            var none = new List<PlainHttpLiteral>();
            if (!(field.IsConst || field.IsReadOnly) || !_apis.IsAddressType(field.Type))
            {
                return none;
            }

            var whole = field.HasConstantValue ? field.ConstantValue as string : null;
            if (whole is not null && !PlainHttpUrls.IsPlainHttpEndpoint(whole))
            {
                return none;
            }

            var literals = PlainHttpSources.OwnLiterals(initializer, _apis, wholeValueJudged: whole is not null);
            return literals.Count > 0 && ReachesEndpoint(field, MaxSteps, cancellationToken) ? literals : none;
        }

        private bool ReachesEndpoint(IFieldSymbol field, int steps, CancellationToken cancellationToken)
            => FieldReferences.For(_compilation).ReferencesTo(field, accept: null, cancellationToken).Any(reference => FlowsToEndpoint(reference, steps, cancellationToken));

        /// <summary>The mirror of <see cref="PlainHttpSources"/>: from a use of the value up to an endpoint it is the address of.</summary>
        private bool FlowsToEndpoint(IOperation use, int steps, CancellationToken cancellationToken)
        {
            var current = use;
            while (true)
            {
                switch (current.Parent)
                {
                    case IConversionOperation or IParenthesizedOperation:
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add, Type.SpecialType: SpecialType.System_String } concatenation when concatenation.LeftOperand == current:
                    case IConditionalOperation conditional when conditional.Condition != current:
                    case ICoalesceOperation:
                        current = current.Parent;
                        continue;
                    case IInterpolationOperation { Alignment: null, FormatString: null, Parent: IInterpolatedStringOperation interpolated } interpolation when interpolated.Parts[0] == interpolation:
                        current = interpolated;
                        continue;
                    case IArgumentOperation argument when _apis.IsEndpointArgument(argument):
                        return IsPlainHttpAtEndpoint(argument.Value);
                    case IArgumentOperation { Parent: IObjectCreationOperation creation } when _apis.IsUri(creation.Type):
                        current = creation;
                        continue;
                    case IAssignmentOperation assignment when assignment.Value == current && _apis.IsEndpointAssignment(assignment):
                        return IsPlainHttpAtEndpoint(assignment.Value);
                    case IPropertyInitializerOperation initializer when _apis.IsEndpointInitializer(initializer):
                        return IsPlainHttpAtEndpoint(initializer.Value);
                    case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when steps > 0:
                        return LocalReachesEndpoint(declarator.Symbol, declarator, steps - 1, cancellationToken);
                    case IFieldInitializerOperation initializer when steps > 0:
                        return initializer.InitializedFields.Any(field => (field.IsConst || field.IsReadOnly) && _apis.IsAddressType(field.Type) && ReachesEndpoint(field, steps - 1, cancellationToken));
                    default:
                        return false;
                }
            }
        }

        private bool LocalReachesEndpoint(ILocalSymbol local, IOperation declaration, int steps, CancellationToken cancellationToken)
        {
            var root = DeclaredValues.Root(declaration);
            if (!local.IsConst && DeclaredValues.IsAssignedAgain(local, root))
            {
                return false;
            }

            foreach (var operation in root.Descendants())
            {
                if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local) && FlowsToEndpoint(reference, steps, cancellationToken))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>An address known in full where it is used (<c>Pds + "/Patient"</c>) is judged whole: <c>Scheme + "localhost"</c> is loopback.</summary>
        private static bool IsPlainHttpAtEndpoint(IOperation value)
            => value.WithoutConversions().ConstantValue is not { HasValue: true, Value: string address } || PlainHttpUrls.IsPlainHttpEndpoint(address);
    }
}
