using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared
{
    internal static class PlainValues
    {
        /// <summary>
        /// A value stored as it is: <c>string</c>, <c>char[]</c>, integral types, <c>decimal</c> and their nullable
        /// forms. A dedicated type (an <c>NhsNumber</c> struct, an encrypting wrapper) is not plain.
        /// </summary>
        public static bool IsPlainValue(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                type = nullable.TypeArguments[0];
            }

            if (type is IArrayTypeSymbol { Rank: 1, ElementType.SpecialType: SpecialType.System_Char })
            {
                return true;
            }

            return type.SpecialType is SpecialType.System_String or SpecialType.System_Decimal
                or SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64
                or SpecialType.System_IntPtr or SpecialType.System_UIntPtr;
        }
    }
}
