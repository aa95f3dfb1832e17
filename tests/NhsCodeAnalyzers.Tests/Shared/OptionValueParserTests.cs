using System.Linq;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Tests.Shared
{
    public sealed class OptionValueParserTests
    {
        private static OptionDefinition Definition(string key) => NhsOptionKeys.Find(key)!;

        [Theory]
        [InlineData("PasNumber, PracticePatientRef", "PasNumber|PracticePatientRef", 0)]
        [InlineData("  PasNumber  ", "PasNumber", 0)]
        [InlineData("", "", 0)]
        [InlineData("   ", "", 0)]
        [InlineData("PasNumber,", "PasNumber", 1)]
        [InlineData(",", "", 2)]
        [InlineData("9Lives, Good_Name", "Good_Name", 1)]
        [InlineData("名前", "名前", 0)]
        public void Parses_name_lists(string raw, string expectedValues, int expectedProblems)
        {
            var parsed = OptionValueParser.Parse(Definition(NhsOptionKeys.PatientIdentifierNames), raw);
            Assert.Equal(expectedValues, string.Join("|", parsed.Values));
            Assert.Equal(expectedProblems, parsed.Problems.Length);
        }

        [Theory]
        [InlineData("Contoso.Crypto.EncryptedString", true)]
        [InlineData("Contoso.Outer+Inner", true)]
        [InlineData("Contoso.Box`1", true)]
        [InlineData("Contoso.Box`", false)]
        [InlineData("Contoso..Box", false)]
        [InlineData("Contoso.Box<int>", false)]
        public void Checks_the_shape_of_type_names(string raw, bool valid)
        {
            var parsed = OptionValueParser.Parse(Definition(NhsOptionKeys.EncryptedTypes), raw, typeExists: _ => true);
            Assert.Equal(valid, parsed.Problems.IsEmpty);
        }

        [Fact]
        public void Ignores_a_value_too_long_to_be_intended_and_says_so()
        {
            var raw = string.Join(",", Enumerable.Repeat("Name", 20000));
            var parsed = OptionValueParser.Parse(Definition(NhsOptionKeys.PatientIdentifierNames), raw);
            Assert.Empty(parsed.Values);
            Assert.Single(parsed.Problems);
        }

        [Fact]
        public void Matches_keys_and_choices_case_insensitively()
        {
            Assert.NotNull(NhsOptionKeys.Find("NHS_CODE_ANALYZERS.NATION"));
            Assert.Equal("northern_ireland", OptionValueParser.Parse(Definition(NhsOptionKeys.Nation), " Northern_Ireland ").Values.Single());
        }
    }
}
