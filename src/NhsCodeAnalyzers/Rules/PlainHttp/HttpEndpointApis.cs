using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
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
        private readonly INamedTypeSymbol? _uri;

        public HttpEndpointApis(Compilation compilation)
        {
            _httpClient = TypeLookup.Find(compilation, HttpClientName);
            _httpClientJsonExtensions = TypeLookup.Find(compilation, HttpClientJsonExtensionsName);
            _httpRequestMessage = TypeLookup.Find(compilation, HttpRequestMessageName);
            _webRequest = TypeLookup.Find(compilation, WebRequestName);
            _webClient = TypeLookup.Find(compilation, WebClientName);
            _baseFhirClient = TypeLookup.Find(compilation, BaseFhirClientName);
            _fhirModelBase = TypeLookup.Find(compilation, FhirModelBaseName);
            _uri = TypeLookup.Find(compilation, UriName);
        }

        /// <summary>The <c>System.Uri</c> type.</summary>
        public bool IsUri(ITypeSymbol? type) => _uri is not null && SymbolEqualityComparer.Default.Equals(type, _uri);

        /// <summary>A string or <c>Uri</c>: the types an address is held in.</summary>
        public bool IsAddressType(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String || IsUri(type);

        /// <summary>
        /// An argument that is the address of a request: to a request-address parameter (<see cref="IsRequestAddressParameter"/>),
        /// or written with its name to a parameter named like an address. Attribute arguments describe and are not endpoints.
        /// </summary>
        public bool IsEndpointArgument(IArgumentOperation argument)
        {
            if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter)
            {
                return false;
            }

            var method = argument.Parent switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };

            if (method is null)
            {
                return false;
            }

            var named = argument.Syntax is ArgumentSyntax { NameColon: not null } or AttributeArgumentSyntax { NameColon: not null };
            return (IsRequestAddressParameter(method, parameter) || (named && IsAddressParameter(method, parameter))) && !IsInAttribute(argument);
        }

        /// <summary>An assignment (<c>=</c> or <c>??=</c>, object initializers too) to a property named like an address.</summary>
        public bool IsEndpointAssignment(IAssignmentOperation assignment)
            => assignment is ISimpleAssignmentOperation or ICoalesceAssignmentOperation
               && assignment.Target is IPropertyReferenceOperation { Property: { } property }
               && IsAddressProperty(property)
               && !IsInAttribute(assignment);

        /// <summary>The initializer of a property named like an address (<c>public string ApiBaseUrl { get; set; } = "..."</c>).</summary>
        public bool IsEndpointInitializer(IPropertyInitializerOperation initializer)
        {
            foreach (var property in initializer.InitializedProperties)
            {
                if (IsAddressProperty(property))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A parameter that takes the address a request goes to: <c>requestUri</c> of <c>HttpClient</c>'s and
        /// <c>HttpClientJsonExtensions</c>' request methods and of <c>HttpRequestMessage</c>'s constructor, the
        /// argument of <c>WebRequest.Create</c>/<c>CreateHttp</c>/<c>CreateDefault</c>, <c>address</c> of
        /// <c>WebClient</c>'s methods, and <c>endpoint</c> of a FHIR client's constructor.
        /// </summary>
        private bool IsRequestAddressParameter(IMethodSymbol method, IParameterSymbol parameter)
        {
            var type = method.ContainingType;
            if (parameter.Name is not ("requestUri" or "requestUriString" or "address" or "endpoint") || type is null || !IsAddressType(parameter.Type))
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
        private bool IsAddressProperty(IPropertySymbol property)
            => IsAddressName(property.Name)
               && IsAddressType(property.Type)
               && !property.ContainingType.IsAnonymousType
               && !IsFhirModel(property.ContainingType);

        /// <summary>A parameter named like an address (<c>baseUrl</c>, <c>endpoint</c>) of type string or <c>Uri</c>.</summary>
        private bool IsAddressParameter(IMethodSymbol method, IParameterSymbol parameter)
            => IsAddressName(parameter.Name)
               && IsAddressType(parameter.Type)
               && !IsFhirModel(method.ContainingType);

        private static bool IsAddressName(string name)
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

        /// <summary>FHIR resources and data types: their <c>Url</c> elements (<c>Extension.Url</c>, <c>StructureDefinition.Url</c>) are canonical identifiers.</summary>
        private bool IsFhirModel(INamedTypeSymbol? type) => _fhirModelBase is not null && TypeHierarchy.IsOrDerivesFrom(type, _fhirModelBase);

        /// <summary>Attribute arguments describe (a datasheet link, a documentation URL); they send nothing.</summary>
        private static bool IsInAttribute(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is IAttributeOperation)
                {
                    return true;
                }
            }

            return operation.Syntax.FirstAncestorOrSelf<AttributeSyntax>() is not null;
        }
    }
}
