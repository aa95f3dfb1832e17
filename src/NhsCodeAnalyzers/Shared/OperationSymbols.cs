using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace NhsCodeAnalyzers.Shared
{
    internal static class OperationSymbols
    {
        /// <summary>Skips every conversion, explicit casts included, and parentheses: a value keeps its origin through a cast.</summary>
        public static IOperation WithoutAnyConversion(this IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion:
                        operation = conversion.Operand;
                        break;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>Skips implicit conversions and parentheses: the value as written.</summary>
        public static IOperation WithoutConversions(this IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion when conversion.IsImplicit || conversion.Conversion.IsIdentity:
                        operation = conversion.Operand;
                        break;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>The field, property, local or parameter an expression reads directly, or null.</summary>
        public static ISymbol? ReferencedSymbol(this IOperation operation)
            => operation.WithoutConversions() switch
            {
                IFieldReferenceOperation field => field.Field,
                IPropertyReferenceOperation property => property.Property,
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
    }
}
