using System.Threading;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Shared;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.RealLookingNhsNumberAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.RealLookingNhsNumberCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS1003's fix: a valid synthetic number from the 999 test range, derived from the original digits, written
    /// the same way. The fixed source is analysed again, so each test also proves the result is not flagged; each
    /// test also runs Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS1003RealLookingNhsNumberCodeFixTests
    {
        [Theory]
        [InlineData("4398259791", "9998259797")]
        [InlineData("4190748331", "9990748330")]
        [InlineData("6047966691", "9997966694")]
        [InlineData("2079868306", "9999868304")]
        [InlineData("3699205754", "9999205755")]
        [InlineData("6895559795", "9995559803")]
        public void The_replacements_expected_below_are_what_the_shared_generator_makes(string original, string synthetic)
        {
            Assert.True(NhsNumbers.IsValid(original));
            Assert.Equal(synthetic, NhsNumbers.Synthetic(original));
            Assert.True(NhsNumbers.IsValid(synthetic));
        }

        [Fact]
        public async Task Replaces_a_spaced_number_keeping_the_spaces_and_says_so_in_the_title()
        {
            var test = new VerifyFix.Test
            {
                TestCode = """
                    class Notes
                    {
                        // Example for the help text.
                        const string Example = {|NHS1003:"439 825 9791"|}; // shown on screen
                    }
                    """,
                FixedCode = """
                    class Notes
                    {
                        // Example for the help text.
                        const string Example = "999 825 9797"; // shown on screen
                    }
                    """,
                CodeActionEquivalenceKey = "NHS1003.ReplaceWithSynthetic",
                CodeActionVerifier = (action, verifier) => verifier.Equal("Replace with synthetic NHS number 999 825 9797", action.Title),
            };
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Keeps_dashes_verbatim_and_raw_strings() => VerifyFix.VerifyFixAsync(""""
            class Notes
            {
                string A = {|NHS1003:"439-825-9791"|};
                string B = {|NHS1003:@"419 074 8331"|};
                string C = {|NHS1003:"""604-796-6691"""|};
                string D = {|NHS1003:"""
                    207 986 8306
                    """|};
            }
            """", """"
            class Notes
            {
                string A = "999-825-9797";
                string B = @"999 074 8330";
                string C = """999-796-6694""";
                string D = """
                    999 986 8304
                    """;
            }
            """");

        [Fact]
        public Task Replaces_an_ungrouped_number_flowing_into_an_identifier_with_an_ungrouped_one() => VerifyFix.VerifyFixAsync("""
            public record PatientRecord(string NhsNumber, string Name);

            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};

                PatientRecord Make() => new PatientRecord({|NHS1003:"3699205754"|}, "Test Patient");
            }
            """, """
            public record PatientRecord(string NhsNumber, string Name);

            class Seed
            {
                public string NhsNumber { get; set; } = "9990748330";

                PatientRecord Make() => new PatientRecord("9999205755", "Test Patient");
            }
            """);

        [Fact]
        public Task Keeps_numeric_literals_numeric_with_their_separators_and_suffixes() => VerifyFix.VerifyFixAsync("""
            class LegacyPatient
            {
                public long NhsNumber { get; set; } = {|NHS1003:4190748331L|};
                public long NhsNo { get; set; } = {|NHS1003:439_825_9791|};
                public ulong NhsNum { get; set; } = {|NHS1003:6047966691UL|};
                public long? PatientNhsNumber { get; set; } = {|NHS1003:2079868306|};
            }
            """, """
            class LegacyPatient
            {
                public long NhsNumber { get; set; } = 9990748330L;
                public long NhsNo { get; set; } = 999_825_9797;
                public ulong NhsNum { get; set; } = 9997966694UL;
                public long? PatientNhsNumber { get; set; } = 9999868304;
            }
            """);

        [Fact]
        public Task Steps_past_a_start_whose_check_digit_would_be_ten() => VerifyFix.VerifyFixAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"6895559795"|};
            }
            """, """
            class Seed
            {
                public string NhsNumber { get; set; } = "9995559803";
            }
            """);

        [Fact]
        public Task Gives_the_same_number_for_the_same_input_every_time() => VerifyFix.VerifyFixAsync("""
            class Lookup
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};

                bool IsDemo(string nhsNumber) => nhsNumber == {|NHS1003:"4190748331"|} || nhsNumber == {|NHS1003:"419 074 8331"|};
            }
            """, """
            class Lookup
            {
                public string NhsNumber { get; set; } = "9990748330";

                bool IsDemo(string nhsNumber) => nhsNumber == "9990748330" || nhsNumber == "999 074 8330";
            }
            """);

        [Fact]
        public Task Writes_a_plain_string_when_the_original_spelled_the_number_with_escapes() => VerifyFix.VerifyFixAsync("""
            class Notes
            {
                const string Example = {|NHS1003:"439\u0020825 9791"|};
            }
            """, """
            class Notes
            {
                const string Example = "999 825 9797";
            }
            """);

        [Fact]
        public Task Offers_the_fix_under_the_strict_999_prefix() => VerifyFix.VerifyFixAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"9000000009"|};
            }
            """, """
            class Seed
            {
                public string NhsNumber { get; set; } = "9990000018";
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes = 999");

        [Fact]
        public Task Offers_no_fix_where_the_number_no_longer_fits_its_type() => VerifyFix.VerifyNoFixAsync("""
            class LegacyPatient
            {
                public int NhsNumber { get; set; } = {|NHS1003:2079868306|};
                public long NhsNo { get; set; } = {|NHS1003:2079868306U|};
                public object NhsNum { get; set; } = {|NHS1003:2079868306|};
            }
            """, ReferenceSets.Net100WithPackages);

        [Fact]
        public Task Offers_no_fix_where_the_999_range_is_not_configured_as_synthetic() => VerifyFix.VerifyFixAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, """
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes = 5");

        [Fact]
        public Task Offers_no_fix_when_no_prefix_is_synthetic() => VerifyFix.VerifyFixAsync("""
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, """
            class Seed
            {
                public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};
            }
            """, editorConfig: "nhs_code_analyzers.synthetic_nhs_number_prefixes =");

        [Fact]
        public async Task Fixes_all_numbers_across_documents()
        {
            var test = new VerifyFix.Test();
            test.TestState.Sources.Add(("/0/Seed.cs", """
                class Seed
                {
                    public string NhsNumber { get; set; } = {|NHS1003:"4190748331"|};
                    const string Example = {|NHS1003:"439 825 9791"|};
                }
                """));
            test.TestState.Sources.Add(("/0/SeedTests.cs", """
                class SeedTests
                {
                    bool Check(string nhsNumber) => nhsNumber == {|NHS1003:"6047966691"|} || nhsNumber == {|NHS1003:"4190748331"|};
                }
                """));
            test.FixedState.Sources.Add(("/0/Seed.cs", """
                class Seed
                {
                    public string NhsNumber { get; set; } = "9990748330";
                    const string Example = "999 825 9797";
                }
                """));
            test.FixedState.Sources.Add(("/0/SeedTests.cs", """
                class SeedTests
                {
                    bool Check(string nhsNumber) => nhsNumber == "9997966694" || nhsNumber == "9990748330";
                }
                """));
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            await test.RunAsync(CancellationToken.None);
        }
    }
}
