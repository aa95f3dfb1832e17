using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
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
    /// NHS1003: a literal that is a valid NHS number outside the never-issued ranges, when it is grouped 3-3-4
    /// (<c>"439 825 9791"</c>, <c>439_825_9791L</c>) or flows into an NHS-number identifier (assignment,
    /// initializer, argument, comparison, pattern). A bare ten-digit value that passes Modulus 11 proves nothing
    /// on its own: about one in eleven phone numbers, order numbers and timestamps do.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RealLookingNhsNumberAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the ten digits of the synthetic replacement, present only where the fix is safe.</summary>
        internal const string SyntheticDigitsProperty = "SyntheticDigits";

        private const long SmallestTenDigitNumber = 1_000_000_000L;
        private const long LargestTenDigitNumber = 9_999_999_999L;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(RuleDescriptors.RealLookingNhsNumber);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            // Generated code is analysed too: generated seed data, migrations and test fixtures leak real numbers
            // just as hand-written code does, and the fix works the same there.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(static context =>
            {
                var state = new CompilationState(context.Options.AnalyzerConfigOptionsProvider);
                context.RegisterOperationAction(context => AnalyzeLiteral(context, state), OperationKind.Literal);
            });
        }

        private static void AnalyzeLiteral(OperationAnalysisContext context, CompilationState state)
        {
            var literal = (ILiteralOperation)context.Operation;

            // Cheap first: most literals are not ten digits.
            if (!TryRead(literal, out var candidate) || literal.Parent is IInterpolatedStringTextOperation)
            {
                return;
            }

            if (!NhsNumbers.IsValid(candidate.Digits) || NhsNumbers.IsRepeatedDigit(candidate.Digits))
            {
                return;
            }

            var prefixes = state.NeverIssuedPrefixesFor(literal.Syntax.SyntaxTree);
            if (NhsNumbers.HasAnyPrefix(candidate.Digits, prefixes))
            {
                return;
            }

            var target = NhsNumberLiteralFlow.FindTarget(literal, context.ContainingSymbol);
            if (target is not null && NhsNumberLiteralFlow.IsNamedLikeATime(target.Name))
            {
                return;
            }

            if (!candidate.IsGrouped && !IsNhsNumberTarget(state.Identifiers.Classify(target)))
            {
                return;
            }

            var properties = ImmutableDictionary<string, string?>.Empty;
            var synthetic = NhsNumbers.Synthetic(candidate.Digits);
            if (NhsNumbers.HasAnyPrefix(synthetic, prefixes) && (!candidate.IsNumeric || NumericReplacementFits(literal)))
            {
                properties = properties.Add(SyntheticDigitsProperty, synthetic);
            }

            context.ReportDiagnostic(Diagnostic.Create(RuleDescriptors.RealLookingNhsNumber, literal.Syntax.GetLocation(), properties, candidate.AsWritten));
        }

        /// <summary>
        /// Any patient identifier but a National Insurance number (letters and digits): a CHI, H&amp;C, hospital or
        /// medical record number field holding a valid NHS number is holding a real-looking patient number.
        /// </summary>
        private static bool IsNhsNumberTarget(IdentifierKind kind)
            => kind.IsIdentifier() && kind != IdentifierKind.NationalInsuranceNumber;

        /// <summary>Reads a string or integral literal that could be an NHS number, or says it cannot be one.</summary>
        private static bool TryRead(ILiteralOperation literal, out Candidate candidate)
        {
            candidate = default;
            if (!literal.ConstantValue.HasValue)
            {
                return false;
            }

            switch (literal.ConstantValue.Value)
            {
                case string text when text.Length is NhsNumbers.DigitCount or NhsNumbers.DigitCount + 2:
                    if (!NhsNumbers.TryParse(text, out var digits, out var grouping))
                    {
                        return false;
                    }

                    candidate = new Candidate(digits, text, isGrouped: grouping != NhsNumberGrouping.None, isNumeric: false);
                    return true;
                case int value:
                    return TryReadNumber(literal, value, out candidate);
                case uint value:
                    return TryReadNumber(literal, value, out candidate);
                case long value:
                    return TryReadNumber(literal, value, out candidate);
                case ulong value when value <= LargestTenDigitNumber:
                    return TryReadNumber(literal, (long)value, out candidate);
                default:
                    return false;
            }
        }

        private static bool TryReadNumber(ILiteralOperation literal, long value, out Candidate candidate)
        {
            candidate = default;
            if (value < SmallestTenDigitNumber || value > LargestTenDigitNumber || literal.Syntax is not LiteralExpressionSyntax syntax)
            {
                return false;
            }

            // Hexadecimal and binary literals are bit patterns, not numbers someone typed from a record.
            var text = syntax.Token.Text;
            if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.StartsWith("0b", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var digits = value.ToString(CultureInfo.InvariantCulture);
            candidate = new Candidate(digits, text, isGrouped: IsGroupedWithDigitSeparators(text), isNumeric: true);
            return true;
        }

        /// <summary><c>439_825_9791</c> (with any suffix): the 3-3-4 grouping written with digit separators.</summary>
        private static bool IsGroupedWithDigitSeparators(string text)
        {
            var end = text.Length;
            while (end > 0 && char.IsLetter(text[end - 1]))
            {
                end--;
            }

            return end == 12 && text[3] == '_' && text[7] == '_' && text.IndexOf('_', 8) < 0 && text.IndexOf('_', 4, 3) < 0 && text.IndexOf('_', 0, 3) < 0;
        }

        /// <summary>
        /// A synthetic number is above <see cref="int.MaxValue"/>, so an <c>int</c> or <c>uint</c> literal becomes a
        /// <c>long</c> or <c>ulong</c> one: offer that only where the value is used as a type that still accepts it.
        /// </summary>
        private static bool NumericReplacementFits(ILiteralOperation literal)
        {
            var original = literal.Type?.SpecialType ?? SpecialType.None;
            var replacement = original is SpecialType.System_UInt32 or SpecialType.System_UInt64 ? SpecialType.System_UInt64 : SpecialType.System_Int64;
            if (original == replacement)
            {
                return true;
            }

            var used = literal.Parent is IConversionOperation { IsImplicit: true } conversion ? conversion.Type : literal.Type;
            if (used is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
            {
                used = nullable.TypeArguments[0];
            }

            var usedType = used?.SpecialType ?? SpecialType.None;
            return usedType == replacement || usedType is SpecialType.System_Decimal or SpecialType.System_Double;
        }

        private readonly struct Candidate
        {
            public Candidate(string digits, string asWritten, bool isGrouped, bool isNumeric)
            {
                Digits = digits;
                AsWritten = asWritten;
                IsGrouped = isGrouped;
                IsNumeric = isNumeric;
            }

            public string Digits { get; }

            public string AsWritten { get; }

            public bool IsGrouped { get; }

            public bool IsNumeric { get; }
        }

        /// <summary>What one compilation shares across threads: the recogniser and the prefixes per options section.</summary>
        private sealed class CompilationState
        {
            private readonly AnalyzerConfigOptionsProvider _options;
            private readonly ConcurrentDictionary<AnalyzerConfigOptions, ImmutableArray<string>> _prefixes = new ConcurrentDictionary<AnalyzerConfigOptions, ImmutableArray<string>>();

            public CompilationState(AnalyzerConfigOptionsProvider options)
            {
                _options = options;
                Identifiers = new PatientIdentifiers(options);
            }

            public PatientIdentifiers Identifiers { get; }

            public ImmutableArray<string> NeverIssuedPrefixesFor(SyntaxTree tree)
                => _prefixes.GetOrAdd(_options.GetOptions(tree), static options => NhsNumbers.NeverIssuedPrefixes(options));
        }
    }
}
