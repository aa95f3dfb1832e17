using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.UnjustifiedSuppressionAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS4004 — Suppression without justification: what it flags and what it leaves alone.</summary>
    public sealed class NHS4004UnjustifiedSuppressionTests
    {
        // ---- Flags: [SuppressMessage] ------------------------------------------------------------------------

        [Fact]
        public Task Flags_a_SuppressMessage_without_a_justification() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            class PatientService
            {
                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002")|}]
                void Log() { }
            }
            """);

        [Fact]
        public Task Flags_empty_whitespace_and_placeholder_justifications() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            class PatientService
            {
                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "")|}]
                void Empty() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "   ")|}]
                void Whitespace() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "<Pending>")|}]
                void VisualStudioDefault() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "TODO")|}]
                void Todo() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "TODO: explain why")|}]
                void TodoWithText() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "TBD.")|}]
                void Tbd() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002", Justification = "n/a")|}]
                void NotApplicable() { }
            }
            """);

        [Fact]
        public Task Flags_a_check_id_with_its_title_and_the_full_attribute_name() => Verify.VerifyAsync("""
            class PatientService
            {
                [{|NHS4004:System.Diagnostics.CodeAnalysis.SuppressMessageAttribute("NhsDataProtection", "NHS1002:Patient identifier written to a log")|}]
                void Log() { }
            }
            """);

        [Fact]
        public Task Flags_assembly_level_suppressions_as_in_GlobalSuppressions() => Verify.VerifyAsync("""
            // This file is used by Code Analysis to maintain SuppressMessage
            // attributes that are applied to this project.
            using System.Diagnostics.CodeAnalysis;

            [assembly: {|NHS4004:SuppressMessage("NhsSecurity", "NHS2002:Weak cryptography", Justification = "<Pending>", Scope = "member", Target = "~M:Clinic.Legacy.Hash")|}]
            [module: {|NHS4004:SuppressMessage("NhsSecurity", "NHS2003")|}]
            """);

        [Fact]
        public Task Flags_an_UnconditionalSuppressMessage_and_named_constructor_arguments() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            class PatientService
            {
                [{|NHS4004:UnconditionalSuppressMessage("NhsDataProtection", "NHS1001")|}]
                public string NhsNumber { get; set; } = "";

                [{|NHS4004:SuppressMessage(checkId: "NHS1002", category: "NhsDataProtection")|}]
                void Log() { }
            }
            """);

        [Fact]
        public Task Flags_a_check_id_from_a_constant_and_in_any_case() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            class PatientService
            {
                private const string Rule = "NHS1002";

                [{|NHS4004:SuppressMessage("NhsDataProtection", Rule)|}]
                void Log() { }

                [{|NHS4004:SuppressMessage("NhsDataProtection", "nhs1003")|}]
                void Seed() { }
            }
            """);

        [Fact]
        public Task Flags_attributes_on_parameters_return_values_and_local_functions() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            class PatientService
            {
                [return: {|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002")|}]
                string Log([{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1004")|}] long nhsNumber)
                {
                    return Local();

                    [{|NHS4004:SuppressMessage("NhsDataProtection", "NHS1002")|}]
                    string Local() => "";
                }
            }
            """);

        // ---- Flags: #pragma ----------------------------------------------------------------------------------

        [Fact]
        public Task Flags_a_pragma_disable_of_an_NHS_rule_without_a_comment() => Verify.VerifyAsync("""
            class PatientService
            {
                void Log()
                {
            {|NHS4004:#pragma warning disable NHS1002|}
                    System.Console.WriteLine();
            #pragma warning restore NHS1002
                }
            }
            """);

        [Fact]
        public Task Flags_a_pragma_with_several_ids_when_any_is_an_NHS_rule() => Verify.VerifyAsync("""
            {|NHS4004:#pragma warning disable CS0168, NHS2002, CA5351|}
            class Legacy
            {
            }
            #pragma warning restore CS0168, NHS2002, CA5351
            """);

        [Fact]
        public Task Flags_a_pragma_whose_comment_is_a_placeholder_or_empty() => Verify.VerifyAsync("""
            {|NHS4004:#pragma warning disable NHS1002|} // TODO
            {|NHS4004:#pragma warning disable NHS1003|} //
            {|NHS4004:#pragma warning disable NHS1004|} // <Pending>
            class Legacy
            {
            }
            """);

        [Fact]
        public Task Flags_a_bare_pragma_disable_because_it_also_turns_off_every_NHS_rule() => Verify.VerifyAsync("""
            {|NHS4004:#pragma warning disable|}
            class Legacy
            {
            }
            #pragma warning restore
            """);

        [Fact]
        public Task Flags_an_indented_pragma_in_top_level_statements() => Verify.VerifyProgramAsync("""
            if (args.Length > 0)
            {
                {|NHS4004:#pragma warning disable NHS1002|}
                System.Console.WriteLine(args[0]);
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            #pragma warning disable NHS1002
            class PatientService
            {
                [SuppressMessage("NhsDataProtection", "NHS1002")]
                void Log() { }
            }
            """, editorConfig: "dotnet_diagnostic.NHS4004.severity = none");

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_a_SuppressMessage_with_a_justification() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            [assembly: SuppressMessage("NhsSecurity", "NHS2002", Justification = "MD5 is the checksum the PACS interface requires (ticket CARE-881).")]

            class PatientService
            {
                [SuppressMessage("NhsDataProtection", "NHS1002:Patient identifier written to a log", Justification = "Audit log required by the Spine integration, access-controlled (DPIA 2025-07).")]
                void Log() { }

                [SuppressMessage("NhsDataProtection", "NHS1002", Justification = "Synthetic data only: test harness")]
                void Test() { }
            }
            """);

        [Fact]
        public Task Leaves_a_justification_that_is_not_a_constant() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            static class Reasons
            {
                public const string AuditLog = "Audit log required by the Spine integration";
            }

            class PatientService
            {
                [SuppressMessage("NhsDataProtection", "NHS1002", Justification = Reasons.AuditLog)]
                void Log() { }
            }
            """);

        [Fact]
        public Task Leaves_suppressions_of_other_rules() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            #pragma warning disable CS0168, CA1822
            class PatientService
            {
                [SuppressMessage("Performance", "CA1822")]
                void Log() { }

                [SuppressMessage("Style", "NHS10023")]
                void NotAnNhsId() { }

                [SuppressMessage("Style", "NHSX002")]
                void AlsoNotAnNhsId() { }
            }
            """);

        [Fact]
        public Task Leaves_a_pragma_disable_with_a_reason_on_the_same_line() => Verify.VerifyAsync("""
            #pragma warning disable NHS1002 // Audit log required by the Spine integration (DPIA 2025-07)
            #pragma warning disable CS0168, NHS2002 // MD5 is what the PACS interface requires
            #pragma warning disable // Generated-style legacy file, replaced in CARE-900
            class Legacy
            {
            }
            """);

        [Fact]
        public Task Leaves_pragma_restore_even_without_a_comment() => Verify.VerifyAsync("""
            #pragma warning disable NHS1002 // Audit log required by the Spine integration
            class Legacy
            {
            }
            #pragma warning restore NHS1002
            #pragma warning restore
            """);

        [Fact]
        public Task Flags_a_pragma_whose_reason_is_only_on_the_line_above() => Verify.VerifyAsync("""
            // Audit log required by the Spine integration
            {|NHS4004:#pragma warning disable NHS1002|}
            class Legacy
            {
            }
            """);

        [Fact]
        public Task Leaves_other_directives_and_nullable_pragmas() => Verify.VerifyAsync("""
            #nullable disable
            #region NHS1002
            #pragma checksum "file.cs" "{406EA660-64CF-4C82-B6F0-42D48172A799}" "ab007f1d23d9"
            class Legacy
            {
            }
            #endregion
            """);

        [Fact]
        public Task Leaves_a_suppression_of_NHS4004_itself() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            #pragma warning disable NHS4004
            #pragma warning disable NHS4004, NHS1002
            class PatientService
            {
                [SuppressMessage("NhsTransparency", "NHS4004")]
                void Log() { }
            }
            """);

        [Fact]
        public Task Leaves_a_look_alike_SuppressMessage_attribute() => Verify.VerifyAsync("""
            using System;

            namespace Contoso
            {
                [AttributeUsage(AttributeTargets.All)]
                sealed class SuppressMessageAttribute : Attribute
                {
                    public SuppressMessageAttribute(string category, string checkId) { }
                }

                class PatientService
                {
                    [SuppressMessage("NhsDataProtection", "NHS1002")]
                    void Log() { }
                }
            }
            """);

        [Fact]
        public Task Leaves_a_suppression_in_generated_code() => Verify.VerifyAsync("""
            // <auto-generated/>
            using System.Diagnostics.CodeAnalysis;

            #pragma warning disable NHS1002
            class Generated
            {
                [SuppressMessage("NhsDataProtection", "NHS1002")]
                void Log() { }
            }
            """);

        [Fact]
        public Task Leaves_a_half_typed_attribute() => Verify.VerifyAsync("""
            using System.Diagnostics.CodeAnalysis;

            class PatientService
            {
                [SuppressMessage("NhsDataProtection", {|CS1525:)|}]
                void Log() { }

                [{|CS7036:SuppressMessage|}]
                void Missing() { }
            }
            """);
    }
}
