using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.AlgorithmCards
{
    /// <summary>
    /// NHS4003: the model-inference APIs (ML.NET, ONNX Runtime, Microsoft.Extensions.AI, OpenAI), resolved once per
    /// compilation by metadata name. A call is inference when its method is one of these, or implements one.
    /// </summary>
    internal sealed class InferenceApis
    {
        public const string AlgorithmCardAttribute = "AlgorithmCardAttribute";
        public const string AlgorithmCardMetadataName = AnnotationNames.Namespace + "." + AlgorithmCardAttribute;

        private const string PredictionEngine = "Microsoft.ML.PredictionEngine`2";
        private const string PredictionEngineBase = "Microsoft.ML.PredictionEngineBase`2";
        private const string Transformer = "Microsoft.ML.ITransformer";
        private const string ModelOperationsCatalog = "Microsoft.ML.ModelOperationsCatalog";
        private const string InferenceSession = "Microsoft.ML.OnnxRuntime.InferenceSession";
        private const string ChatClientInterface = "Microsoft.Extensions.AI.IChatClient";
        private const string ChatClientExtensions = "Microsoft.Extensions.AI.ChatClientExtensions";
        private const string OpenAIChatClient = "OpenAI.Chat.ChatClient";

        private readonly ImmutableHashSet<INamedTypeSymbol> _predictionEngines;
        private readonly ImmutableHashSet<INamedTypeSymbol> _transformers;
        private readonly ImmutableHashSet<INamedTypeSymbol> _modelCatalogs;
        private readonly ImmutableHashSet<INamedTypeSymbol> _inferenceSessions;
        private readonly ImmutableHashSet<INamedTypeSymbol> _chatClientInterfaces;
        private readonly ImmutableHashSet<INamedTypeSymbol> _chatClientExtensions;
        private readonly ImmutableHashSet<INamedTypeSymbol> _openAIChatClients;

        private InferenceApis(Compilation compilation)
        {
            _predictionEngines = TypeLookup.FindSet(compilation, ImmutableArray.Create(PredictionEngine, PredictionEngineBase));
            _transformers = TypeLookup.FindSet(compilation, ImmutableArray.Create(Transformer));
            _modelCatalogs = TypeLookup.FindSet(compilation, ImmutableArray.Create(ModelOperationsCatalog));
            _inferenceSessions = TypeLookup.FindSet(compilation, ImmutableArray.Create(InferenceSession));
            _chatClientInterfaces = TypeLookup.FindSet(compilation, ImmutableArray.Create(ChatClientInterface));
            _chatClientExtensions = TypeLookup.FindSet(compilation, ImmutableArray.Create(ChatClientExtensions));
            _openAIChatClients = TypeLookup.FindSet(compilation, ImmutableArray.Create(OpenAIChatClient));
        }

        private bool IsEmpty => _predictionEngines.IsEmpty && _transformers.IsEmpty && _modelCatalogs.IsEmpty && _inferenceSessions.IsEmpty
            && _chatClientInterfaces.IsEmpty && _openAIChatClients.IsEmpty;

        /// <summary>The APIs found in the compilation, or null when it references none of them.</summary>
        public static InferenceApis? Find(Compilation compilation)
        {
            var apis = new InferenceApis(compilation);
            return apis.IsEmpty ? null : apis;
        }

        /// <summary>
        /// True when <paramref name="type"/> is itself an inference API (an <c>IChatClient</c> or <c>ITransformer</c>
        /// implementation, a chat client subclass): it passes calls along, the card belongs to the code that uses it.
        /// </summary>
        public bool IsInferenceProvider(INamedTypeSymbol type)
            => Implements(type, _chatClientInterfaces) || Implements(type, _transformers) || TypeHierarchy.IsOrDerivesFromAny(type, _openAIChatClients);

        /// <summary>True when calling <paramref name="method"/> runs a model.</summary>
        public bool IsInference(IMethodSymbol method)
        {
            var type = method.ContainingType;
            if (type is null)
            {
                return false;
            }

            switch (method.Name)
            {
                case "Predict":
                    return TypeHierarchy.IsOrDerivesFromAny(type, _predictionEngines);
                case "Transform":
                    return Implements(type, _transformers);
                case "Load":
                    return TypeHierarchy.IsOrDerivesFromAny(type, _modelCatalogs);
                case "Run":
                case "RunAsync":
                    return TypeHierarchy.IsOrDerivesFromAny(type, _inferenceSessions);
                case "GetResponseAsync":
                case "GetStreamingResponseAsync":
                    return Implements(type, _chatClientInterfaces)
                        || (method.IsExtensionMethod && _chatClientExtensions.Contains(type.OriginalDefinition));
                case "CompleteChat":
                case "CompleteChatAsync":
                case "CompleteChatStreaming":
                case "CompleteChatStreamingAsync":
                    return TypeHierarchy.IsOrDerivesFromAny(type, _openAIChatClients);
                default:
                    return false;
            }
        }

        /// <summary>True when the symbol carries [AlgorithmCard] (full name, or simple name in any namespace).</summary>
        public static bool HasCard(ISymbol symbol) => AnnotationNames.HasAttribute(symbol, AlgorithmCardAttribute);

        /// <summary>True when the type, a base type or an enclosing type carries [AlgorithmCard].</summary>
        public static bool IsCovered(INamedTypeSymbol type)
        {
            for (var outer = type; outer is not null; outer = outer.ContainingType)
            {
                for (var current = outer; current is not null; current = current.BaseType)
                {
                    if (HasCard(current))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool Implements(INamedTypeSymbol type, ImmutableHashSet<INamedTypeSymbol> interfaces)
        {
            if (interfaces.IsEmpty)
            {
                return false;
            }

            if (interfaces.Contains(type.OriginalDefinition))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (interfaces.Contains(implemented.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
