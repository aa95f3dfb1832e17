using System;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.Rules.PlainHttp
{
    /// <summary>
    /// The places NHS2003 treats as a network endpoint: the request-URI parameters of the .NET HTTP APIs and the
    /// FHIR client, and members named like configuration of an address (<c>*Url</c>, <c>*Uri</c>,
    /// <c>*Endpoint</c>, <c>*BaseAddress</c>). Types are resolved once per compilation by metadata name.
    /// </summary>
    internal sealed class HttpEndpointApis
    {
        public const string HttpClientName = "System.Net.Http.HttpClient";
        public const string HttpClientJsonExtensionsName = "System.Net.Http.Json.HttpClientJsonExtensions";
        public const string HttpRequestMessageName = "System.Net.Http.HttpRequestMessage";
        public const string WebRequestName = "System.Net.WebRequest";
        public const string WebClientName = "System.Net.WebClient";
        public const string UriName = "System.Uri";
        public const string BaseFhirClientName = "Hl7.Fhir.Rest.BaseFhirClient";
        public const string FhirModelBaseName = "Hl7.Fhir.Model.Base";

        private static readonly string[] EndpointNameSuffixes = { "Url", "Uri", "Endpoint", "BaseAddress" };

        /// <summary>
        /// Words that make a <c>*Url</c>/<c>*Uri</c> name an identifier rather than an address: XML namespaces and
        /// schemas, FHIR canonicals, profiles, extensions, code systems and value sets.
        /// </summary>
        private static readonly string[] IdentifierNameWords = { "Namespace", "Schema", "Canonical", "Profile", "Extension", "CodeSystem", "ValueSet" };

        private readonly INamedTypeSymbol? _httpClient;
        private readonly INamedTypeSymbol? _httpClientJsonExtensions;
        private readonly INamedTypeSymbol? _httpRequestMessage;
        private readonly INamedTypeSymbol? _webRequest;
        private readonly INamedTypeSymbol? _webClient;
        private readonly INamedTypeSymbol? _baseFhirClient;
        private readonly INamedTypeSymbol? _fhirModelBase;

        public HttpEndpointApis(Compilation compilation)
        {
            _httpClient = TypeLookup.Find(compilation, HttpClientName);
            _httpClientJsonExtensions = TypeLookup.Find(compilation, HttpClientJsonExtensionsName);
            _httpRequestMessage = TypeLookup.Find(compilation, HttpRequestMessageName);
            _webRequest = TypeLookup.Find(compilation, WebRequestName);
            _webClient = TypeLookup.Find(compilation, WebClientName);
            _baseFhirClient = TypeLookup.Find(compilation, BaseFhirClientName);
            _fhirModelBase = TypeLookup.Find(compilation, FhirModelBaseName);
            Uri = TypeLookup.Find(compilation, UriName);
        }

        /// <summary><c>System.Uri</c>, or null when the compilation has no framework.</summary>
        public INamedTypeSymbol? Uri { get; }

        /// <summary>
        /// A parameter that takes the address a request goes to: <c>requestUri</c> of <c>HttpClient</c>'s and
        /// <c>HttpClientJsonExtensions</c>' request methods and of <c>HttpRequestMessage</c>'s constructor, the
        /// argument of <c>WebRequest.Create</c>/<c>CreateHttp</c>/<c>CreateDefault</c>, <c>address</c> of
        /// <c>WebClient</c>'s methods, and <c>endpoint</c> of a FHIR client's constructor.
        /// </summary>
        public bool IsRequestAddressParameter(IMethodSymbol method, IParameterSymbol parameter)
        {
            var type = method.ContainingType;
            if (type is null || !IsAddressType(parameter.Type))
            {
                return false;
            }

            if (Is(type, _httpClient) || Is(type, _httpClientJsonExtensions) || Is(type, _httpRequestMessage))
            {
                return parameter.Name == "requestUri";
            }

            if (Is(type, _webRequest))
            {
                return method.Name is "Create" or "CreateHttp" or "CreateDefault";
            }

            if (_webClient is not null && TypeHierarchy.IsOrDerivesFrom(type, _webClient))
            {
                return parameter.Name == "address";
            }

            return method.MethodKind == MethodKind.Constructor && parameter.Name == "endpoint"
                   && _baseFhirClient is not null && TypeHierarchy.IsOrDerivesFrom(type, _baseFhirClient);
        }

        /// <summary>A property named like an address setting (<c>ApiBaseUrl</c>, <c>PdsEndpoint</c>, <c>BaseAddress</c>, <c>RequestUri</c>) of type string or <c>Uri</c>.</summary>
        public bool IsAddressProperty(IPropertySymbol property)
            => IsAddressName(property.Name)
               && IsAddressType(property.Type)
               && !property.ContainingType.IsAnonymousType
               && !IsFhirModel(property.ContainingType);

        /// <summary>A parameter named like an address (<c>baseUrl</c>, <c>endpoint</c>) of type string or <c>Uri</c>, when the argument is written with its name.</summary>
        public bool IsAddressParameter(IMethodSymbol method, IParameterSymbol parameter)
            => IsAddressName(parameter.Name)
               && IsAddressType(parameter.Type)
               && !IsFhirModel(method.ContainingType);

        /// <summary>The <c>Uri</c> type, when it is known.</summary>
        public bool IsUri(ITypeSymbol? type) => Uri is not null && SymbolEqualityComparer.Default.Equals(type, Uri);

        internal static bool IsAddressName(string name)
        {
            var matches = false;
            foreach (var suffix in EndpointNameSuffixes)
            {
                matches |= name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase);
            }

            if (!matches)
            {
                return false;
            }

            foreach (var word in IdentifierNameWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool Is(INamedTypeSymbol type, INamedTypeSymbol? expected)
            => expected is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, expected);

        private bool IsAddressType(ITypeSymbol type) => type.SpecialType == SpecialType.System_String || IsUri(type);

        /// <summary>FHIR resources and data types: their <c>Url</c> elements (<c>Extension.Url</c>, <c>StructureDefinition.Url</c>) are canonical identifiers.</summary>
        private bool IsFhirModel(INamedTypeSymbol? type) => _fhirModelBase is not null && TypeHierarchy.IsOrDerivesFrom(type, _fhirModelBase);
    }
}
