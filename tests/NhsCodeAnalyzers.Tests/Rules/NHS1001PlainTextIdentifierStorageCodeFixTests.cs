using System.Threading.Tasks;
using NhsCodeAnalyzers.CodeFixes.Rules;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.PlainTextIdentifierStorageAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.PlainTextIdentifierStorageCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS1001's fixes: mark [EncryptedAtRest] with a placeholder to review, or switch to a configured encrypting type.</summary>
    public sealed class NHS1001PlainTextIdentifierStorageCodeFixTests
    {
        private const string Context = """

            public class ClinicContext : Microsoft.EntityFrameworkCore.DbContext
            {
                public Microsoft.EntityFrameworkCore.DbSet<Patient> Patients => Set<Patient>();
            }
            """;

        [Fact]
        public Task Marks_every_member_EncryptedAtRest_and_adds_the_using() => VerifyFix.VerifyFixAsync("""
            public record Patient(int Id, string {|NHS1001:NhsNumber|})
            {
                // Scottish patients only.
                public string? {|NHS1001:ChiNumber|} { get; init; }

                public string {|NHS1001:_hospitalNumber|} = "";
            }
            """ + Context, """
            using NhsCodeAnalyzers.Annotations;

            public record Patient(int Id, [EncryptedAtRest("<describe the mechanism>")] string NhsNumber)
            {
                // Scottish patients only.
                [EncryptedAtRest("<describe the mechanism>")]
                public string? ChiNumber { get; init; }

                [EncryptedAtRest("<describe the mechanism>")]
                public string _hospitalNumber = "";
            }
            """ + Context, ReferenceSets.Net100WithPackages, codeActionKey: PlainTextIdentifierStorageCodeFix.MarkKey);

        [Fact]
        public Task Changes_the_type_to_the_configured_encrypting_type_when_the_project_still_compiles() => VerifyFix.VerifyFixAsync("""
            namespace Contoso.Crypto
            {
                public sealed class EncryptedString
                {
                    public static implicit operator EncryptedString(string value) => new();
                }
            }

            public class Patient
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                public string? {|NHS1001:Mrn|} { get; set; }
            }
            """ + Context, """
            using Contoso.Crypto;

            namespace Contoso.Crypto
            {
                public sealed class EncryptedString
                {
                    public static implicit operator EncryptedString(string value) => new();
                }
            }

            public class Patient
            {
                public int Id { get; set; }
                public EncryptedString NhsNumber { get; set; } = "";
                public EncryptedString? Mrn { get; set; }
            }
            """ + Context, ReferenceSets.Net100WithPackages,
            editorConfig: "nhs_code_analyzers.encrypted_types = Contoso.Crypto.EncryptedString",
            codeActionKey: PlainTextIdentifierStorageCodeFix.ChangeTypeKeyPrefix + "Contoso.Crypto.EncryptedString");

        [Fact]
        public Task Marks_a_partial_property_once_on_its_defining_declaration() => VerifyFix.VerifyFixAsync("""
            public partial class Patient
            {
                public int Id { get; set; }
                public partial string {|NHS1001:NhsNumber|} { get; set; }
            }

            public partial class Patient
            {
                private string _value = "";
                public partial string NhsNumber { get => _value; set => _value = value; }
            }
            """ + Context, """
            using NhsCodeAnalyzers.Annotations;

            public partial class Patient
            {
                public int Id { get; set; }
                [EncryptedAtRest("<describe the mechanism>")]
                public partial string NhsNumber { get; set; }
            }

            public partial class Patient
            {
                private string _value = "";
                public partial string NhsNumber { get => _value; set => _value = value; }
            }
            """ + Context, ReferenceSets.Net100WithPackages, codeActionKey: PlainTextIdentifierStorageCodeFix.MarkKey);

        [Fact]
        public Task Offers_no_type_change_that_would_break_the_build() => VerifyFix.VerifyFixAsync("""
            namespace Contoso.Crypto
            {
                public sealed class EncryptedString { }
            }

            public class Patient
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                public int Digits => NhsNumber.Length;
            }
            """ + Context, """
            namespace Contoso.Crypto
            {
                public sealed class EncryptedString { }
            }

            public class Patient
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                public int Digits => NhsNumber.Length;
            }
            """ + Context, ReferenceSets.Net100WithPackages,
            editorConfig: "nhs_code_analyzers.encrypted_types = Contoso.Crypto.EncryptedString",
            codeActionKey: PlainTextIdentifierStorageCodeFix.ChangeTypeKeyPrefix + "Contoso.Crypto.EncryptedString");

        [Fact]
        public Task Fix_All_changes_only_the_members_that_still_compile_and_adds_the_using_once() => VerifyFix.VerifyFixAsync("""
            namespace Contoso.Crypto
            {
                public sealed class EncryptedString
                {
                    public static implicit operator EncryptedString(string value) => new();
                }
            }

            public class Patient
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
                public string {|NHS1001:ChiNumber|} { get; set; } = "";
                public string {|NHS1001:Mrn|} { get; set; } = "";
                public int ChiDigits => ChiNumber.Length;
            }
            """ + Context, """
            using Contoso.Crypto;

            namespace Contoso.Crypto
            {
                public sealed class EncryptedString
                {
                    public static implicit operator EncryptedString(string value) => new();
                }
            }

            public class Patient
            {
                public int Id { get; set; }
                public EncryptedString NhsNumber { get; set; } = "";
                public string {|NHS1001:ChiNumber|} { get; set; } = "";
                public EncryptedString Mrn { get; set; } = "";
                public int ChiDigits => ChiNumber.Length;
            }
            """ + Context, ReferenceSets.Net100WithPackages,
            editorConfig: "nhs_code_analyzers.encrypted_types = Contoso.Crypto.EncryptedString",
            codeActionKey: PlainTextIdentifierStorageCodeFix.ChangeTypeKeyPrefix + "Contoso.Crypto.EncryptedString");

        [Fact]
        public Task Offers_no_attribute_when_the_annotations_package_is_not_referenced() => VerifyFix.VerifyNoFixAsync("""
            public class Patient
            {
                public int Id { get; set; }
                public string {|NHS1001:NhsNumber|} { get; set; } = "";
            }
            """ + Context, ReferenceSets.Net100WithPackagesWithoutAnnotations);
    }
}
