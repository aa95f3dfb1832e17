using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared.Options;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Configuration input: malformed, contradictory, huge and hostile values for every option key
    /// (<see cref="NhsOptionKeys"/>) give NHS0001 naming the key, or are ignored, as rules/NHS0001.md documents —
    /// never an exception, and never a hang (each run is given <see cref="HangGuard"/>, which only a stuck
    /// analyzer comes near: it is not a speed test). Each value is set on every key at once, with all analyzers
    /// running on a source that uses every option.
    /// </summary>
    public sealed class ConfigurationInputTests
    {
        private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

        private const string Source = """
            using System.ComponentModel.DataAnnotations;
            using Hl7.Fhir.Model;
            using Microsoft.Extensions.Logging;

            namespace Contoso
            {
                public sealed class EncryptedString { }

                public sealed class LoggingBroker
                {
                    public void LogInformation(string message) { }
                }

                public static class Redact
                {
                    public static string Mask(string value) => "***";
                }

                public class Patient
                {
                    [Key] public int Id { get; set; }
                    public string NhsNumber { get; set; } = "";
                    public string PasNumber { get; set; } = "";
                    public string MrnFormat { get; set; } = "";
                }

                public class PatientRow
                {
                    public string NhsNumber { get; set; } = "";
                }

                public class Service(ILogger<Service> logger, LoggingBroker broker)
                {
                    public Coding Run(Patient patient)
                    {
                        logger.LogInformation("{Number}", patient.NhsNumber);
                        broker.LogInformation(patient.PasNumber);
                        logger.LogInformation("{Number}", Redact.Mask(patient.NhsNumber));
                        patient.NhsNumber = "5944117710";
                        return new Coding("http://read.info/readv2", "XaBC1");
                    }
                }
            }
            """;

        /// <summary>A hostile value, and for each kind of option whether NHS0001 must report it (null: either is documented).</summary>
        internal sealed record HostileValue(string Name, Func<string> Value, Func<OptionValueKind, bool?> Reported);

        private static readonly Func<OptionValueKind, bool?> Always = _ => true;

        internal static ImmutableArray<HostileValue> Values { get; } = ImmutableArray.Create(
            new HostileValue("empty", () => string.Empty, kind => kind == OptionValueKind.Choice),
            new HostileValue("whitespace only", () => " \t  ", kind => kind == OptionValueKind.Choice),
            new HostileValue("regex-looking text", () => "(a+)+$", Always),
            new HostileValue("input that backtracks a naive pattern", () => new string('a', 5000) + "!", Always),
            new HostileValue("one member name", () => "PasNumber", kind => kind is not (OptionValueKind.NameList or OptionValueKind.MethodNameList)),
            new HostileValue("Unicode names", () => "NúmeroPaciente, 患者番号, Пациент", kind => kind is not (OptionValueKind.NameList or OptionValueKind.MethodNameList)),
            new HostileValue("'=' inside the value", () => "PasNumber=Mrn", Always),
            new HostileValue("control characters", () => "Pas\u0000Number\u0007, \u001b[31m", Always),
            new HostileValue("a line break inside the value", () => "PasNumber\nMrn", Always),
            new HostileValue("bidirectional and zero-width characters", () => "\u202EPasNumber\u200B", _ => null),
            new HostileValue("empty items", () => ",,,", Always),
            new HostileValue("a trailing comma", () => "PasNumber,", Always),
            new HostileValue("a 100,000-entry list", () => string.Join(", ", Enumerable.Range(0, 100_000).Select(i => "Name" + i)), Always),
            new HostileValue("a 1 MB value", () => new string('a', 1 << 20), Always),
            new HostileValue("an 8,000-entry list under the length limit", () => string.Join(",", Enumerable.Range(0, 8_000).Select(i => "N" + i)), kind => kind is not (OptionValueKind.NameList or OptionValueKind.MethodNameList)),
            new HostileValue("digit prefixes", () => "9, 5", kind => kind != OptionValueKind.DigitPrefixList),
            new HostileValue("a choice in capitals", () => "SCOTLAND", kind => kind is not (OptionValueKind.Choice or OptionValueKind.NameList or OptionValueKind.MethodNameList)),
            new HostileValue("a type that exists", () => "System.String", kind => kind is not (OptionValueKind.TypeNameList or OptionValueKind.MethodNameList)),
            new HostileValue("a generic type by metadata name", () => "System.Collections.Generic.List`1", kind => kind != OptionValueKind.TypeNameList));

        public static TheoryData<string> ValueNames()
        {
            var data = new TheoryData<string>();
            foreach (var value in Values)
            {
                data.Add(value.Name);
            }

            return data;
        }

        [Theory]
        [MemberData(nameof(ValueNames))]
        public async Task Every_key_reports_the_value_or_ignores_it_as_documented_without_throwing_or_hanging(string name)
        {
            var hostile = Values.Single(v => v.Name == name);
            var value = hostile.Value();
            var options = NhsOptionKeys.All.ToDictionary(definition => definition.Key, _ => value);

            var outcome = await RunAsync(options);

            Assert.Empty(outcome.Exceptions);
            var wrong = new List<string>();
            foreach (var definition in NhsOptionKeys.All)
            {
                var reported = outcome.Diagnostics.Any(d => d.Id == RuleIds.InvalidConfiguration && d.GetMessage().Contains(definition.Key, StringComparison.Ordinal));
                if (hostile.Reported(definition.Kind) is { } expected && expected != reported)
                {
                    wrong.Add($"{definition.Key} ({definition.Kind}): NHS0001 {(expected ? "expected" : "not expected")}");
                }
            }

            Assert.True(wrong.Count == 0, $"{name}: {string.Join("; ", wrong)}; NHS0001 reported: {string.Join("; ", outcome.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).Select(d => Shorten(d.GetMessage())).Take(20))}");
        }

        [Fact]
        public async Task Unknown_empty_and_hostile_keys_are_reported_or_ignored_and_keys_ignore_case()
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [string.Empty] = "PasNumber",
                ["nhs_code_analyzers."] = "PasNumber",
                ["nhs_code_analyzers.(a+)+$"] = "PasNumber",
                ["nhs_code_analyzers.nación"] = "wales",
                ["nhs_code_analyzers." + new string('k', 1 << 20)] = "PasNumber",
                ["NHS_CODE_ANALYZERS.NATION"] = "wales",
                ["dotnet_diagnostic.NHS1001.severity"] = "(a+)+$",
            };

            var outcome = await RunAsync(options);

            Assert.Empty(outcome.Exceptions);
            var invalid = outcome.Diagnostics.Where(d => d.Id == RuleIds.InvalidConfiguration).Select(d => d.GetMessage()).ToList();
            foreach (var key in options.Keys.Where(k => k.StartsWith("nhs_code_analyzers.", StringComparison.Ordinal)))
            {
                Assert.Contains(invalid, message => message.Contains(key, StringComparison.Ordinal));
            }

            Assert.DoesNotContain(invalid, message => message.Contains("NHS_CODE_ANALYZERS.NATION", StringComparison.Ordinal) || message.Contains("dotnet_diagnostic", StringComparison.Ordinal));
            Assert.Equal(4, invalid.Count);
        }

        [Fact]
        public async Task A_name_both_added_and_excluded_is_excluded_as_documented()
        {
            var added = new Dictionary<string, string>
            {
                [NhsOptionKeys.PatientIdentifierNames] = "PasNumber",
                [NhsOptionKeys.LoggingTypes] = "Contoso.LoggingBroker",
            };
            var both = new Dictionary<string, string>(added) { [NhsOptionKeys.ExcludedIdentifierNames] = "PasNumber" };

            var whenAdded = await RunAsync(added);
            var whenBoth = await RunAsync(both);

            Assert.Empty(whenAdded.Exceptions.Concat(whenBoth.Exceptions));
            Assert.Contains(whenAdded.Diagnostics, d => d.Id == RuleIds.IdentifierInLog && d.GetMessage().Contains("PasNumber", StringComparison.Ordinal));
            Assert.DoesNotContain(whenBoth.Diagnostics, d => d.GetMessage().Contains("PasNumber", StringComparison.Ordinal));
            Assert.DoesNotContain(whenBoth.Diagnostics, d => d.Id == RuleIds.InvalidConfiguration);
        }

        [Fact]
        public async Task A_hostile_editorconfig_file_is_read_without_an_exception()
        {
            var text = new StringBuilder()
                .Append("root = maybe\n[*.cs\n= value without a key\n")
                .Append("[*.{cs,vb}]\n")
                .Append("nhs_code_analyzers.nation = = wales\n")
                .Append("nhs_code_analyzers.patient_identifier_names = (a+)+$, PasNumber,, \u0001\n")
                .Append("nhs_code_analyzers.excluded_identifier_names = ").Append(new string('x', 1 << 20)).Append('\n')
                .Append("nhs_code_analyzers.synthetic_nhs_number_prefixes = 9; 5\n")
                .Append("[**/ünïcödé/{a,b}/*.cs]\nnhs_code_analyzers.encrypted_types = Contoso.EncryptedString\n")
                .Append("[*]\nnhs_code_analyzers.logging_types = ").Append(string.Join(", ", Enumerable.Range(0, 50_000).Select(i => "T" + i))).Append('\n')
                .ToString();
            var corpusCase = CorpusCase.Create("hostile .editorconfig", new[] { new SourceFile("/src/Service.cs", Source) });
            using var workspace = FixWorkspace.Open(corpusCase, editorConfigText: text);
            var exceptions = new List<string>();

            var diagnostics = await FixWorkspace.DiagnosticsAsync(workspace.Project, AllAnalyzers.Analyzers, exceptions).WaitAsync(HangGuard);

            Assert.Empty(exceptions);
            Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidConfiguration && d.GetMessage().Contains(NhsOptionKeys.Nation, StringComparison.Ordinal));
            Assert.Contains(diagnostics, d => d.Id == RuleIds.InvalidConfiguration && d.GetMessage().Contains(NhsOptionKeys.ExcludedIdentifierNames, StringComparison.Ordinal));
        }

        private static Task<CaseAnalysis.Outcome> RunAsync(IReadOnlyDictionary<string, string> options)
        {
            var corpusCase = CorpusCase.Create("configuration", new[] { new SourceFile("/src/Service.cs", Source) }, options);
            return CaseAnalysis.RunAsync(corpusCase, AllAnalyzers.Analyzers).WaitAsync(HangGuard);
        }

        private static string Shorten(string text) => text.Length <= 200 ? text : text.Substring(0, 200) + "...";
    }
}
