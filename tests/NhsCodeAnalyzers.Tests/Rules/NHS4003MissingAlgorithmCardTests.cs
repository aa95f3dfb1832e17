using System.Threading;
using System.Threading.Tasks;
using NhsCodeAnalyzers.Tests.Verifiers;
using Verify = NhsCodeAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<NhsCodeAnalyzers.Rules.MissingAlgorithmCardAnalyzer>;

namespace NhsCodeAnalyzers.Tests.Rules
{
    /// <summary>NHS4003 — Model inference without an algorithm card: what it flags and what it leaves alone.</summary>
    public sealed class NHS4003MissingAlgorithmCardTests
    {
        // ---- Flags -------------------------------------------------------------------------------------------

        [Fact]
        public Task Flags_an_IChatClient_call_once_at_the_first_call_of_the_type() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class TriageService
            {
                private readonly IChatClient _client;

                public TriageService(IChatClient client) => _client = client;

                public async Task<string> TriageAsync(string symptoms)
                {
                    var response = await {|NHS4003:_client.GetResponseAsync(new List<ChatMessage> { new(ChatRole.User, symptoms) })|};
                    var second = await _client.GetResponseAsync(new List<ChatMessage> { new(ChatRole.User, response.Text) });
                    return second.Text;
                }
            }
            """);

        [Fact]
        public Task Flags_the_ChatClientExtensions_overloads_and_streaming() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class DischargeLetterDrafter
            {
                public async Task<string> DraftAsync(IChatClient client, string notes)
                {
                    var response = await {|NHS4003:client.GetResponseAsync("Draft a discharge letter from: " + notes)|};
                    return response.Text;
                }
            }

            class StreamingDrafter
            {
                public async Task DraftAsync(IChatClient client, string notes)
                {
                    await foreach (var update in {|NHS4003:client.GetStreamingResponseAsync(notes)|})
                    {
                    }
                }
            }
            """);

        [Fact]
        public Task Flags_an_IChatClient_implementation_called_through_its_own_type() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class CodingAssistant
            {
                public async Task<string> SuggestAsync(DelegatingChatClient client, string text)
                {
                    var response = await {|NHS4003:client.GetResponseAsync(text)|};
                    return response.Text;
                }
            }
            """);

        [Fact]
        public Task Flags_an_OpenAI_chat_client() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using OpenAI.Chat;

            class ReferralSummariser
            {
                public string Summarise(ChatClient client, string referral)
                {
                    ChatCompletion completion = {|NHS4003:client.CompleteChat(new UserChatMessage(referral))|};
                    return completion.Content[0].Text;
                }
            }

            class AsyncReferralSummariser
            {
                public async Task<string> SummariseAsync(ChatClient client, string referral)
                {
                    ChatCompletion completion = await {|NHS4003:client.CompleteChatAsync(new UserChatMessage(referral))|};
                    foreach (var update in client.CompleteChatStreaming(new UserChatMessage(referral)))
                    {
                    }

                    return completion.Content[0].Text;
                }
            }

            class StreamingReferralSummariser
            {
                public async Task SummariseAsync(ChatClient client, string referral)
                {
                    await foreach (var update in {|NHS4003:client.CompleteChatStreamingAsync(new UserChatMessage(referral))|})
                    {
                    }
                }
            }
            """);

        [Fact]
        public Task Flags_ML_NET_prediction_engine_transform_and_model_load() => Verify.VerifyAsync("""
            using Microsoft.ML;

            public class ReadmissionInput { public float Age { get; set; } }
            public class ReadmissionScore { public float Score { get; set; } }

            class ReadmissionPredictor
            {
                public ReadmissionScore Predict(PredictionEngine<ReadmissionInput, ReadmissionScore> engine, ReadmissionInput input)
                    => {|NHS4003:engine.Predict(input)|};
            }

            class BatchScorer
            {
                public IDataView Score(ITransformer model, IDataView data) => {|NHS4003:model.Transform(data)|};
            }

            class ModelLoader
            {
                public ITransformer Load(MLContext context, string path) => {|NHS4003:context.Model.Load(path, out _)|};
            }
            """);

        [Fact]
        public Task Flags_an_ONNX_Runtime_session_run() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using Microsoft.ML.OnnxRuntime;

            class RetinopathyGrader
            {
                public void Grade(InferenceSession session, IReadOnlyCollection<NamedOnnxValue> inputs)
                {
                    using var results = {|NHS4003:session.Run(inputs)|};
                }
            }
            """);

        [Fact]
        public Task Reports_the_earliest_call_even_when_a_later_member_is_analysed_first() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class TriageService
            {
                private readonly IChatClient _client;

                public TriageService(IChatClient client) => _client = client;

                public Task<ChatResponse> FirstAsync(string text) => {|NHS4003:_client.GetResponseAsync(text)|};

                public Task<ChatResponse> SecondAsync(string text) => _client.GetResponseAsync(text);

                public Task<ChatResponse> ThirdAsync(string text) => _client.GetResponseAsync(text);
            }
            """);

        [Fact]
        public Task Reports_a_partial_type_once_in_the_file_whose_path_sorts_first()
        {
            var test = new Verify.Test();
            TestConfiguration.Apply(test.TestState, ReferenceSets.Net100WithPackages, editorConfig: null);
            test.TestState.Sources.Add(("/0/B.Triage.cs", """
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                partial class TriageService
                {
                    public Task<ChatResponse> FirstInThisFileAsync(IChatClient client, string text) => client.GetResponseAsync(text);
                }
                """));
            test.TestState.Sources.Add(("/0/A.Triage.cs", """
                using System.Threading.Tasks;
                using Microsoft.Extensions.AI;

                partial class TriageService
                {
                    public string Name => "triage";

                    public Task<ChatResponse> AskAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
                }
                """));
            return test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public Task Flags_calls_in_lambdas_and_local_functions_on_their_type() => Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class TriageService
            {
                public Func<string, Task<ChatResponse>> Create(IChatClient client)
                {
                    return Ask;

                    Task<ChatResponse> Ask(string text) => {|NHS4003:client.GetResponseAsync(text)|};
                }
            }

            class LambdaTriage
            {
                public Func<string, Task<ChatResponse>> Create(IChatClient client) => text => {|NHS4003:client.GetResponseAsync(text)|};
            }
            """);

        [Fact]
        public Task Flags_a_nested_type_on_its_own_and_not_its_outer_type() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class ClinicalTools
            {
                public class Summariser
                {
                    public Task<ChatResponse> SummariseAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
                }
            }
            """);

        [Fact]
        public Task Flags_a_struct_and_a_record() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            struct TriageStep
            {
                public Task<ChatResponse> RunAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
            }

            record TriageRecord(IChatClient Client)
            {
                public Task<ChatResponse> RunAsync(string text) => {|NHS4003:Client.GetResponseAsync(text)|};
            }
            """);

        [Fact]
        public Task Flags_a_field_initializer() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class Warmup
            {
                private static readonly IChatClient Client = null!;
                private readonly Task<ChatResponse> _warm = {|NHS4003:Client.GetResponseAsync("ping")|};
            }
            """);

        [Fact]
        public Task Flags_top_level_statements_on_the_program() => Verify.VerifyProgramAsync("""
            using Microsoft.Extensions.AI;

            IChatClient client = null!;
            var response = await {|NHS4003:client.GetResponseAsync("Summarise the referral")|};
            System.Console.WriteLine(response.Text);
            """);

        [Fact]
        public Task Flags_when_the_annotations_are_not_referenced() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
            }
            """, ReferenceSets.Net100WithPackagesWithoutAnnotations);

        [Fact]
        public Task Flags_an_attribute_that_is_not_an_algorithm_card() => Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            [Obsolete("use the new service")]
            [DataProvenance(Source = "GP records", LawfulBasis = "Direct care", Limitations = "England only")]
            class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => {|NHS4003:client.GetResponseAsync(text)|};
            }
            """);

        [Fact]
        public Task Honours_severity_none_from_editorconfig() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
            }
            """, editorConfig: "dotnet_diagnostic.NHS4003.severity = none");

        // ---- Leaves alone ------------------------------------------------------------------------------------

        [Fact]
        public Task Leaves_a_type_with_an_algorithm_card() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            [AlgorithmCard(ModelType = "Large language model (GPT-4o via Azure OpenAI)", IntendedUse = "Drafts triage notes for clinician review",
                Validation = "Reviewed against 500 nurse-triaged calls, 2025", Limitations = "English only; not for under-16s")]
            class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
            }
            """);

        [Fact]
        public Task Leaves_a_type_whose_base_type_has_the_card() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            [AlgorithmCard(ModelType = "LLM", IntendedUse = "Summaries for clinicians", Validation = "Audit 2025", Limitations = "English only")]
            abstract class ClinicalAssistant
            {
            }

            class TriageService : ClinicalAssistant
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
            }
            """);

        [Fact]
        public Task Leaves_a_nested_type_whose_outer_type_has_the_card() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            [AlgorithmCard(ModelType = "LLM", IntendedUse = "Summaries for clinicians", Validation = "Audit 2025", Limitations = "English only")]
            class TriageService
            {
                private sealed class Worker
                {
                    public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
                }
            }
            """);

        [Fact]
        public Task Leaves_an_assembly_with_the_card() => Verify.VerifyAsync("""
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;
            using NhsCodeAnalyzers.Annotations;

            [assembly: AlgorithmCard(ModelType = "LLM", IntendedUse = "Summaries for clinicians", Validation = "Audit 2025", Limitations = "English only")]

            class TriageService
            {
                public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
            }
            """);

        [Fact]
        public Task Leaves_a_team_declared_AlgorithmCard_attribute_in_another_namespace() => Verify.VerifyAsync("""
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            namespace Contoso.Governance
            {
                [AttributeUsage(AttributeTargets.Class)]
                public sealed class AlgorithmCard : Attribute
                {
                }
            }

            namespace Contoso.Triage
            {
                [Contoso.Governance.AlgorithmCard]
                class TriageService
                {
                    public Task<ChatResponse> AskAsync(IChatClient client, string text) => client.GetResponseAsync(text);
                }
            }
            """, ReferenceSets.Net100WithPackagesWithoutAnnotations);

        [Fact]
        public Task Leaves_a_type_that_only_holds_or_builds_a_client() => Verify.VerifyAsync("""
            using Microsoft.Extensions.AI;
            using Microsoft.ML;
            using OpenAI.Chat;

            class Wiring
            {
                private readonly IChatClient _client;
                private readonly ChatClient _openAI;

                public Wiring(IChatClient client, ChatClient openAI)
                {
                    _client = client;
                    _openAI = openAI;
                }

                public PredictionEngine<Input, Output> Engine(MLContext context, ITransformer model)
                    => context.Model.CreatePredictionEngine<Input, Output>(model);

                public object? Metadata() => _client.GetService(typeof(ChatClientMetadata));
            }

            public class Input { public float Age { get; set; } }
            public class Output { public float Score { get; set; } }
            """);

        [Fact]
        public Task Leaves_an_IChatClient_middleware_that_passes_calls_along() => Verify.VerifyAsync("""
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using Microsoft.Extensions.AI;

            sealed class AuditingChatClient : DelegatingChatClient
            {
                public AuditingChatClient(IChatClient inner) : base(inner) { }

                public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
                    => base.GetResponseAsync(messages, options, cancellationToken);
            }
            """);

        [Fact]
        public Task Leaves_look_alike_types_written_by_the_team() => Verify.VerifyAsync("""
            using System.Threading.Tasks;

            namespace Contoso.Ai
            {
                public interface IChatClient { Task<string> GetResponseAsync(string prompt); }
                public class PredictionEngine<TIn, TOut> { public TOut Predict(TIn input) => default!; }
                public class InferenceSession { public void Run() { } }
                public class ChatClient { public string CompleteChat(string prompt) => prompt; }

                class RuleBasedTriage
                {
                    public async Task<string> AskAsync(IChatClient client, PredictionEngine<int, int> engine, InferenceSession session, ChatClient chat)
                    {
                        engine.Predict(1);
                        session.Run();
                        chat.CompleteChat("x");
                        return await client.GetResponseAsync("x");
                    }
                }
            }
            """);

        [Fact]
        public Task Leaves_other_ML_NET_and_OpenAI_members() => Verify.VerifyAsync("""
            using Microsoft.ML;

            class ModelTraining
            {
                public ITransformer Train(MLContext context, IEstimator<ITransformer> pipeline, IDataView data) => pipeline.Fit(data);

                public void Save(MLContext context, ITransformer model, IDataView data, string path) => context.Model.Save(model, data.Schema, path);
            }
            """);

        [Fact]
        public Task Leaves_a_compilation_without_any_inference_library() => Verify.VerifyAsync("""
            class TriageService
            {
                public string Ask(string text) => text;
            }
            """, ReferenceSets.Net100);
    }
}
