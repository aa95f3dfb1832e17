using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>How the ten digits of an NHS number are written.</summary>
    internal enum NhsNumberGrouping
    {
        /// <summary><c>4398259791</c></summary>
        None,

        /// <summary><c>439 825 9791</c></summary>
        Spaces,

        /// <summary><c>439-825-9791</c></summary>
        Dashes,
    }

    /// <summary>
    /// The NHS number, in one place: reading one written as 10 digits or grouped 3-3-4, the Modulus 11 check
    /// (weights 10 to 2 on the first nine digits; check digit = 11 - (sum mod 11); 11 means 0; 10 is never
    /// issued), the ranges never issued to patients, and a synthetic number for test data. Pure and allocation-light:
    /// analyzers call it on every candidate literal.
    /// </summary>
    internal static class NhsNumbers
    {
        public const int DigitCount = 10;

        /// <summary>The official test range: <c>999 000 0000</c> to <c>999 999 9999</c>, never issued to patients.</summary>
        public const string TestRangePrefix = "999";

        /// <summary>Numbers beginning 9 are never issued to patients: the 999 test range and the wider synthetic 9xx band.</summary>
        public static ImmutableArray<string> DefaultNeverIssuedPrefixes { get; } = ImmutableArray.Create("9");

        /// <summary>
        /// Reads <paramref name="text"/> as an NHS number: exactly ten digits, or ten digits grouped 3-3-4 by single
        /// spaces or single dashes (the same separator twice). Says nothing about the check digit.
        /// </summary>
        public static bool TryParse(string? text, out string digits, out NhsNumberGrouping grouping)
        {
            digits = string.Empty;
            grouping = NhsNumberGrouping.None;
            if (text is null)
            {
                return false;
            }

            if (text.Length == DigitCount)
            {
                if (!AllDigits(text, 0, DigitCount))
                {
                    return false;
                }

                digits = text;
                return true;
            }

            if (text.Length != DigitCount + 2)
            {
                return false;
            }

            var separator = text[3];
            if ((separator != ' ' && separator != '-') || text[7] != separator
                || !AllDigits(text, 0, 3) || !AllDigits(text, 4, 3) || !AllDigits(text, 8, 4))
            {
                return false;
            }

            digits = string.Concat(text.Substring(0, 3), text.Substring(4, 3), text.Substring(8, 4));
            grouping = separator == ' ' ? NhsNumberGrouping.Spaces : NhsNumberGrouping.Dashes;
            return true;
        }

        /// <summary>The check digit for nine digits, or -1 when the Modulus 11 remainder makes it 10 (never issued).</summary>
        public static int CheckDigit(string firstNineDigits)
        {
            if (firstNineDigits is null || firstNineDigits.Length < DigitCount - 1 || !AllDigits(firstNineDigits, 0, DigitCount - 1))
            {
                throw new ArgumentException("Nine digits are needed.", nameof(firstNineDigits));
            }

            var sum = 0;
            for (var i = 0; i < DigitCount - 1; i++)
            {
                sum += (firstNineDigits[i] - '0') * (DigitCount - i);
            }

            var check = 11 - (sum % 11);
            return check == 11 ? 0 : check == 10 ? -1 : check;
        }

        /// <summary>True for exactly ten digits whose last is the Modulus 11 check digit of the first nine.</summary>
        public static bool IsValid(string? digits)
            => digits is { Length: DigitCount } && AllDigits(digits, 0, DigitCount) && CheckDigit(digits) == digits[DigitCount - 1] - '0';

        /// <summary>True for text that <see cref="TryParse"/> reads and whose digits pass the check.</summary>
        public static bool IsValidText(string? text) => TryParse(text, out var digits, out _) && IsValid(digits);

        /// <summary>
        /// Ten copies of one digit (<c>000 000 0000</c>, <c>111 111 1111</c>): every one passes Modulus 11, and none is a
        /// real-looking number; they are placeholders and format strings.
        /// </summary>
        public static bool IsRepeatedDigit(string digits)
        {
            for (var i = 1; i < digits.Length; i++)
            {
                if (digits[i] != digits[0])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>True when <paramref name="digits"/> begins with one of <paramref name="prefixes"/>.</summary>
        public static bool HasAnyPrefix(string digits, ImmutableArray<string> prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (digits.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The prefixes of numbers never issued to patients that apply where <paramref name="options"/> apply:
        /// <c>nhs_code_analyzers.synthetic_nhs_number_prefixes</c> replaces the default (<c>9</c>) when it is set;
        /// set to nothing, no prefix is synthetic; set to nothing usable (only malformed items, which NHS0001
        /// reports), the default stays.
        /// </summary>
        public static ImmutableArray<string> NeverIssuedPrefixes(AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(NhsOptionKeys.SyntheticNhsNumberPrefixes, out var raw) || raw is null)
            {
                return DefaultNeverIssuedPrefixes;
            }

            if (raw.Trim().Length == 0)
            {
                return ImmutableArray<string>.Empty;
            }

            var values = NhsOptionReader.GetValues(options, NhsOptionKeys.Find(NhsOptionKeys.SyntheticNhsNumberPrefixes)!);
            return values.IsEmpty ? DefaultNeverIssuedPrefixes : values;
        }

        /// <summary>
        /// A valid number in the test range (<c>999 000 0000</c>-<c>999 999 9999</c>) derived from <paramref name="digits"/>:
        /// its 4th to 9th digits, stepped upward (wrapping) until the check digit is not 10. The same input always
        /// gives the same output.
        /// </summary>
        public static string Synthetic(string digits)
        {
            if (digits is null || digits.Length != DigitCount || !AllDigits(digits, 0, DigitCount))
            {
                throw new ArgumentException("Ten digits are needed.", nameof(digits));
            }

            var middle = int.Parse(digits.Substring(3, 6), System.Globalization.CultureInfo.InvariantCulture);
            while (true)
            {
                var firstNine = TestRangePrefix + middle.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
                var check = CheckDigit(firstNine);
                if (check >= 0)
                {
                    return firstNine + (char)('0' + check);
                }

                middle = (middle + 1) % 1000000;
            }
        }

        /// <summary>Writes ten digits with <paramref name="grouping"/>.</summary>
        public static string Format(string digits, NhsNumberGrouping grouping)
        {
            if (grouping == NhsNumberGrouping.None)
            {
                return digits;
            }

            var separator = grouping == NhsNumberGrouping.Spaces ? " " : "-";
            return string.Concat(digits.Substring(0, 3), separator, digits.Substring(3, 3), separator, digits.Substring(6, 4));
        }

        private static bool AllDigits(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
