using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.Shared.Options;

namespace NhsCodeAnalyzers.Shared.Persistence
{
    /// <summary>
    /// "Is this type stored?" for NHS1001: registered with EF Core, Identity or Cosmos DB (the lazily built
    /// <see cref="PersistenceModel"/>), mapped by data annotations or MongoDB attributes on itself, or named in
    /// <c>nhs_code_analyzers.persisted_types</c>. DTOs, view models and FHIR resources are none of these.
    /// </summary>
    internal sealed class StoredTypes
    {
        private readonly PersistenceTypes _types;
        private readonly Lazy<PersistenceModel> _model;
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> _mapped = new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        public StoredTypes(Compilation compilation, PersistenceTypes types, CancellationToken cancellationToken)
        {
            _types = types;
            // PublicationOnly: a cancelled build is not cached, so a later analysis pass builds the model afresh.
            _model = new Lazy<PersistenceModel>(() => PersistenceModel.Build(compilation, types, cancellationToken), LazyThreadSafetyMode.PublicationOnly);
        }

        public PersistenceModel Model => _model.Value;

        public bool IsStored(INamedTypeSymbol type, AnalyzerConfigOptions options)
            => _mapped.GetOrAdd(type.OriginalDefinition, IsMapped) || Model.IsRegistered(type) || IsConfigured(type, options);

        private bool IsMapped(INamedTypeSymbol type)
        {
            if (HasAttribute(type, _types.TableAttribute))
            {
                return true;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers())
                {
                    if ((member is IPropertySymbol or IFieldSymbol) &&
                        (HasAttribute(member, _types.KeyAttribute) || HasAttribute(member, _types.ColumnAttribute) ||
                         HasAttribute(member, _types.BsonIdAttribute) || HasAttribute(member, _types.BsonElementAttribute)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool IsConfigured(INamedTypeSymbol type, AnalyzerConfigOptions options)
        {
            var configured = NhsOptionReader.GetValues(options, NhsOptionKeys.Find(NhsOptionKeys.PersistedTypes)!);
            if (configured.IsEmpty)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (configured.Contains(MetadataNames.FullMetadataName(current.OriginalDefinition)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attribute)
            => attribute is not null && symbol.GetAttributes().Any(a => TypeHierarchy.IsOrDerivesFrom(a.AttributeClass, attribute));
    }
}
