using System;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>The corpus the robustness tests run on is what it claims to be: all three sources, markup stripped, compiling.</summary>
    public sealed class CorpusTests
    {
        [Fact]
        public void Holds_the_rule_tests_sources_the_sample_and_the_rule_pages_examples()
        {
            var cases = RobustnessCorpus.Cases;
            var fromTests = cases.Count(c => c.Name.Contains("Tests.cs:", StringComparison.Ordinal));
            Assert.True(fromTests >= 400, $"only {fromTests} sources harvested from tests/.../Rules");
            Assert.Contains(cases, c => c.Name == RobustnessCorpus.SampleName && c.Files.Length > 10);
            Assert.True(cases.Count(c => c.Name.StartsWith("rules/", StringComparison.Ordinal)) >= 36, "too few rule-page examples");
        }

        [Fact]
        public void Keeps_the_options_and_references_its_tests_used()
        {
            var cases = RobustnessCorpus.Cases;
            Assert.Contains(cases, c => c.Options.TryGetValue("nhs_code_analyzers.encrypted_types", out var value) && value == "Contoso.Crypto.EncryptedString");
            Assert.Contains(cases, c => c.ReferenceSet == "Net472");
            Assert.Contains(cases, c => c.ReferenceSet == "Net100WithPackagesAndAspNetCore");
            Assert.Contains(cases, c => c.OutputKind == OutputKind.ConsoleApplication);
        }

        [Fact]
        public void Holds_no_test_markup()
        {
            foreach (var corpusCase in RobustnessCorpus.Cases)
            {
                foreach (var file in corpusCase.Files)
                {
                    Assert.False(file.Text.Contains("{|NHS", StringComparison.Ordinal) || file.Text.Contains("[|", StringComparison.Ordinal) || file.Text.Contains("|]", StringComparison.Ordinal), corpusCase.Name + " still holds markup");
                }
            }
        }
    }
}
