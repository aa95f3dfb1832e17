using System.Threading.Tasks;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.NonCanonicalSystemUriAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.NonCanonicalSystemUriCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS3003's fix: the literal becomes the canonical URI, written in the same form. Each test with several
    /// diagnostics also runs Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS3003NonCanonicalSystemUriCodeFixTests
    {
        [Fact]
        public Task Replaces_a_near_miss_and_keeps_the_comment_beside_it() => VerifyFix.VerifyFixAsync("""
            using Hl7.Fhir.Model;

            class Coder
            {
                Coding Asthma() => new Coding({|NHS3003:"https://snomed.info/sct"|} /* SNOMED */, "195967001"); // asthma
            }
            """, """
            using Hl7.Fhir.Model;

            class Coder
            {
                Coding Asthma() => new Coding("http://snomed.info/sct" /* SNOMED */, "195967001"); // asthma
            }
            """);

        [Fact]
        public Task Replaces_a_local_system_carrying_an_NHS_number_with_the_NHS_number_system() => VerifyFix.VerifyFixAsync("""
            using Hl7.Fhir.Model;

            class Exporter
            {
                Identifier Id(string nhsNumber) => new Identifier({|NHS3003:"https://fhir.example-trust.nhs.uk/Id/nhs-number"|}, nhsNumber);
            }
            """, """
            using Hl7.Fhir.Model;

            class Exporter
            {
                Identifier Id(string nhsNumber) => new Identifier("https://fhir.nhs.uk/Id/nhs-number", nhsNumber);
            }
            """);

        [Fact]
        public Task Replaces_a_constant_at_its_declaration_leaving_its_uses() => VerifyFix.VerifyFixAsync("""
            using Hl7.Fhir.Model;

            class Exporter
            {
                // The national system.
                private const string NhsNumberSystem = {|NHS3003:"http://fhir.nhs.uk/Id/nhs-number"|};

                Identifier Id(string nhsNumber) => new Identifier(NhsNumberSystem, nhsNumber);
            }
            """, """
            using Hl7.Fhir.Model;

            class Exporter
            {
                // The national system.
                private const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

                Identifier Id(string nhsNumber) => new Identifier(NhsNumberSystem, nhsNumber);
            }
            """);

        [Fact]
        public Task Keeps_verbatim_and_raw_forms_and_fixes_all() => VerifyFix.VerifyFixAsync(""""
            using Hl7.Fhir.Model;

            class Coder
            {
                void Fix(Coding a, Coding b, Coding c, Identifier d)
                {
                    a.System = {|NHS3003:@"https://snomed.info/sct"|};
                    b.System = {|NHS3003:"""http://www.loinc.org"""|};
                    c.System = {|NHS3003:"HTTP://UNITSOFMEASURE.ORG"|};
                    d.System = {|NHS3003:"https://fhir.nhs.uk/Id/ods-site-code/"|};
                }
            }
            """", """"
            using Hl7.Fhir.Model;

            class Coder
            {
                void Fix(Coding a, Coding b, Coding c, Identifier d)
                {
                    a.System = @"http://snomed.info/sct";
                    b.System = """http://loinc.org""";
                    c.System = "http://unitsofmeasure.org";
                    d.System = "https://fhir.nhs.uk/Id/ods-site-code";
                }
            }
            """");
    }
}
