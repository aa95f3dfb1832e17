using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Tests.Shared
{
    /// <summary>
    /// The Modulus 11 check against numbers this test computes itself (published example lists include numbers that
    /// fail the check, so none is copied here): valid ones from nine digits and a check digit worked out below,
    /// invalid ones by changing that digit, and nine-digit starts whose check digit would be 10.
    /// </summary>
    public sealed class NhsNumbersTests
    {
        /// <summary>Nine-digit starts spread over every leading digit, from a fixed linear congruential sequence.</summary>
        private static IEnumerable<string> NineDigitStarts()
        {
            ulong state = 20240101;
            for (var i = 0; i < 300; i++)
            {
                state = (state * 6364136223846793005UL) + 1442695040888963407UL;
                yield return ((state >> 33) % 1_000_000_000UL).ToString("D9", CultureInfo.InvariantCulture);
            }

            yield return "000000000";
            yield return "999999999";
            yield return "400000000";
        }

        /// <summary>The check written out the long way, independent of the product code: weights 10 down to 2.</summary>
        private static int? ExpectedCheckDigit(string nine)
        {
            var weighted = new[] { 10, 9, 8, 7, 6, 5, 4, 3, 2 }.Select((weight, i) => weight * int.Parse(nine[i].ToString(), CultureInfo.InvariantCulture)).Sum();
            var remainder = weighted % 11;
            return remainder switch
            {
                0 => 0,
                1 => null,
                _ => 11 - remainder,
            };
        }

        private static List<string> ValidList()
            => NineDigitStarts().Where(n => ExpectedCheckDigit(n) is not null).Take(60).Select(n => n + ExpectedCheckDigit(n)).ToList();

        private static List<string> WrongCheckDigitList()
            => NineDigitStarts().Where(n => ExpectedCheckDigit(n) is not null).Take(20)
                .SelectMany(n => new[] { 1, 5, 9 }.Select(offset => n + ((ExpectedCheckDigit(n)!.Value + offset) % 10)))
                .ToList();

        private static List<string> CheckDigitTenList()
            => NineDigitStarts().Where(n => ExpectedCheckDigit(n) is null).Take(15).ToList();

        public static TheoryData<string> ValidNumbers() => new(ValidList());

        public static TheoryData<string> NumbersWithAWrongCheckDigit() => new(WrongCheckDigitList());

        public static TheoryData<string> StartsWhoseCheckDigitWouldBeTen() => new(CheckDigitTenList());

        [Fact]
        public void The_generated_tables_are_not_empty_and_cover_every_kind_of_check_digit()
        {
            Assert.Equal(60, ValidList().Count);
            Assert.Equal(60, WrongCheckDigitList().Count);
            Assert.Equal(15, CheckDigitTenList().Count);
            Assert.Equal(10, ValidList().Select(n => n[9]).Distinct().Count());
        }

        [Theory]
        [MemberData(nameof(ValidNumbers))]
        public void Accepts_a_number_whose_check_digit_is_right(string number)
        {
            Assert.True(NhsNumbers.IsValid(number));
            Assert.Equal(number[9] - '0', NhsNumbers.CheckDigit(number.Substring(0, 9)));
        }

        [Theory]
        [MemberData(nameof(NumbersWithAWrongCheckDigit))]
        public void Rejects_a_number_whose_check_digit_is_wrong(string number)
            => Assert.False(NhsNumbers.IsValid(number));

        [Theory]
        [MemberData(nameof(StartsWhoseCheckDigitWouldBeTen))]
        public void Rejects_every_completion_of_a_start_whose_check_digit_would_be_ten(string nine)
        {
            Assert.Equal(-1, NhsNumbers.CheckDigit(nine));
            for (var last = 0; last <= 9; last++)
            {
                Assert.False(NhsNumbers.IsValid(nine + last));
            }
        }

        [Theory]
        [MemberData(nameof(ValidNumbers))]
        public void Reads_a_valid_number_written_plain_with_spaces_or_with_dashes(string number)
        {
            var spaced = $"{number.Substring(0, 3)} {number.Substring(3, 3)} {number.Substring(6)}";
            var dashed = spaced.Replace(' ', '-');

            Assert.True(NhsNumbers.TryParse(number, out var digits, out var grouping));
            Assert.Equal((number, NhsNumberGrouping.None), (digits, grouping));
            Assert.True(NhsNumbers.TryParse(spaced, out digits, out grouping));
            Assert.Equal((number, NhsNumberGrouping.Spaces), (digits, grouping));
            Assert.True(NhsNumbers.TryParse(dashed, out digits, out grouping));
            Assert.Equal((number, NhsNumberGrouping.Dashes), (digits, grouping));
            Assert.True(NhsNumbers.IsValidText(spaced));
            Assert.Equal(spaced, NhsNumbers.Format(number, NhsNumberGrouping.Spaces));
            Assert.Equal(dashed, NhsNumbers.Format(number, NhsNumberGrouping.Dashes));
            Assert.Equal(number, NhsNumbers.Format(number, NhsNumberGrouping.None));
        }

        [Theory]
        [InlineData("")]
        [InlineData("123456789")]
        [InlineData("12345678901")]
        [InlineData("123 456 789")]
        [InlineData("123 456 78901")]
        [InlineData("123 456-7890")]
        [InlineData("123-456 7890")]
        [InlineData("123 456 789 0")]
        [InlineData("1234 567 890")]
        [InlineData("123  456 7890")]
        [InlineData("123_456_7890")]
        [InlineData("123.456.7890")]
        [InlineData("123 45a 7890")]
        [InlineData(" 1234567890")]
        [InlineData("1234567890 ")]
        [InlineData("１２３４５６７８９０")]
        [InlineData("+441234567")]
        public void Does_not_read_other_shapes(string text)
            => Assert.False(NhsNumbers.TryParse(text, out _, out _));

        [Fact]
        public void Does_not_read_null()
            => Assert.False(NhsNumbers.TryParse(null, out _, out _));

        [Theory]
        [MemberData(nameof(ValidNumbers))]
        public void Makes_a_valid_synthetic_number_in_the_test_range_deterministically_from_the_middle_digits(string number)
        {
            var synthetic = NhsNumbers.Synthetic(number);

            Assert.StartsWith("999", synthetic, StringComparison.Ordinal);
            Assert.True(NhsNumbers.IsValid(synthetic));
            Assert.Equal(synthetic, NhsNumbers.Synthetic(number));
            // Digits 4 to 9 are kept unless their check digit would be 10; then the next start up is used.
            var kept = "999" + number.Substring(3, 6);
            Assert.Equal(ExpectedCheckDigit(kept) is null ? NextStart(kept) : kept, synthetic.Substring(0, 9));
        }

        [Fact]
        public void Makes_different_synthetic_numbers_for_different_inputs()
        {
            var inputs = ValidList();
            var outputs = inputs.Select(NhsNumbers.Synthetic).Distinct().Count();
            Assert.True(outputs >= inputs.Count - 2, $"{outputs} distinct outputs for {inputs.Count} inputs");
        }

        [Fact]
        public void Steps_past_middle_digits_whose_check_digit_would_be_ten()
        {
            // Worked out by hand: 999 000 000 has weighted sum 243, remainder 1, so check digit 10 (never issued);
            // 999 000 001 has weighted sum 245, remainder 3, so check digit 8.
            Assert.Null(ExpectedCheckDigit("999000000"));
            Assert.Equal(8, ExpectedCheckDigit("999000001"));
            Assert.Equal("9990000018", NhsNumbers.Synthetic("4560000002"));
        }

        [Theory]
        [InlineData("0000000000")]
        [InlineData("1111111111")]
        [InlineData("5555555555")]
        [InlineData("9999999999")]
        public void Repeated_digits_pass_the_check_and_are_recognised_as_placeholders(string digits)
        {
            Assert.True(NhsNumbers.IsValid(digits));
            Assert.True(NhsNumbers.IsRepeatedDigit(digits));
        }

        [Fact]
        public void A_number_with_two_different_digits_is_not_a_placeholder()
            => Assert.False(NhsNumbers.IsRepeatedDigit("0000000001"));

        [Theory]
        [InlineData("4000000004", "9", false)]
        [InlineData("9000000009", "9", true)]
        [InlineData("9000000009", "999", false)]
        [InlineData("5000000005", "9,5", true)]
        [InlineData("9990000009", "", false)]
        public void Checks_prefixes(string digits, string prefixes, bool expected)
            => Assert.Equal(expected, NhsNumbers.HasAnyPrefix(digits, prefixes.Split(',', StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()));

        [Theory]
        [InlineData("9")]
        [InlineData("123456789X")]
        [InlineData("12345678901")]
        public void Refuses_to_make_a_synthetic_number_from_anything_but_ten_digits(string digits)
            => Assert.Throws<ArgumentException>(() => NhsNumbers.Synthetic(digits));

        private static string NextStart(string nine)
        {
            var middle = int.Parse(nine.Substring(3), CultureInfo.InvariantCulture);
            do
            {
                middle = (middle + 1) % 1_000_000;
            }
            while (ExpectedCheckDigit("999" + middle.ToString("D6", CultureInfo.InvariantCulture)) is null);

            return "999" + middle.ToString("D6", CultureInfo.InvariantCulture);
        }
    }
}
