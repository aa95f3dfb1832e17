using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Tests.Verifiers;
using VerifyFix = NhsCodeAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<
    NhsCodeAnalyzers.Rules.MissingAlgorithmCardAnalyzer,
    NhsCodeAnalyzers.CodeFixes.Rules.MissingAlgorithmCardCodeFix>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>
    /// NHS4003's fix: add an [AlgorithmCard] skeleton (and the using directive) to the type. Each test also runs
    /// Fix All in document, project and solution scope (the testing library does that).
    /// </summary>
    public sealed class NHS4003MissingAlgorithmCardCodeFixTests
    {
        [Fact]
        public Task Adds_the_skeleton_and_the_using_directive() => VerifyFix.VerifyFixAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            /// <summary>Triage.</summary>
            public class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            /// <summary>Triage.</summary>
            [AlgorithmCard(ModelType = "<model type>", IntendedUse = "<intended use>", Validation = "<how it was validated>", Limitations = "<known limitations>")]
            public class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
            }
            """);

        [Fact]
        public Task Fix_All_adds_one_card_per_type_and_keeps_existing_attributes() => VerifyFix.VerifyFixAsync("""
            using System;
            using Microsoft.ML;
            using NhsCodeAnalyzers.Annotations;

            namespace Clinic
            {
                [Serializable]
                public sealed class ReadmissionPredictor
                {
                    public IDataView Score(ITransformer model, IDataView data) => {|NHS4003:model.Transform(data)|};

                    public IDataView ScoreAgain(ITransformer model, IDataView data) => model.Transform(data);
                }

                public struct BatchScorer
                {
                    public IDataView Score(ITransformer model, IDataView data) => {|NHS4003:model.Transform(data)|};
                }
            }
            """, """
            using System;
            using Microsoft.ML;
            using NhsCodeAnalyzers.Annotations;

            namespace Clinic
            {
                [Serializable]
                [AlgorithmCard(ModelType = "<model type>", IntendedUse = "<intended use>", Validation = "<how it was validated>", Limitations = "<known limitations>")]
                public sealed class ReadmissionPredictor
                {
                    public IDataView Score(ITransformer model, IDataView data) => model.Transform(data);

                    public IDataView ScoreAgain(ITransformer model, IDataView data) => model.Transform(data);
                }

                [AlgorithmCard(ModelType = "<model type>", IntendedUse = "<intended use>", Validation = "<how it was validated>", Limitations = "<known limitations>")]
                public struct BatchScorer
                {
                    public IDataView Score(ITransformer model, IDataView data) => model.Transform(data);
                }
            }
            """);

        [Fact]
        public Task Adds_the_card_to_a_nested_type_not_its_outer_type() => VerifyFix.VerifyFixAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            public class ClinicalTools
            {
                public class Summariser
                {
                    public Task<ChatResponse> SummariseAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
                }
            }
            """, """
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            public class ClinicalTools
            {
                [AlgorithmCard(ModelType = "<model type>", IntendedUse = "<intended use>", Validation = "<how it was validated>", Limitations = "<known limitations>")]
                public class Summariser
                {
                    public Task<ChatResponse> SummariseAsync(IChatClient client, string text) => client.GetResponseAsync(text);
                }
            }
            """);

        [Fact]
        public Task Offers_no_fix_in_top_level_statements()
        {
            const string Source = """
                using Microsoft.Extensions.AI;

                IChatClient client = null!;
                var response = await {|NHS4003:client.GetResponseAsync("Summarise the referral")|};
                System.Console.WriteLine(response.Text);
                """;
            var test = new VerifyFix.Test { TestCode = Source, FixedCode = Source };
            test.TestState.OutputKind = OutputKind.ConsoleApplication;
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Offers_no_fix_when_the_annotations_are_not_referenced() => VerifyFix.VerifyNoFixAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            public class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
            }
            """, ReferenceSets.Net100WithPackagesWithoutAnnotations);
    }
}
