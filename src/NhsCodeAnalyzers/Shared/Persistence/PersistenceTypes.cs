using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared.Persistence
{
    /// <summary>The persistence APIs present in a compilation, resolved once at compilation start (null when absent).</summary>
    internal sealed class PersistenceTypes
    {
        private PersistenceTypes(Compilation compilation)
        {
            DbContext = TypeLookup.Find(compilation, PersistenceTypeNames.DbContext);
            DbSet = TypeLookup.Find(compilation, PersistenceTypeNames.DbSet);
            EntityTypeConfiguration = TypeLookup.Find(compilation, PersistenceTypeNames.EntityTypeConfiguration);
            IdentityUser = TypeLookup.Find(compilation, PersistenceTypeNames.IdentityUser);
            CosmosContainer = TypeLookup.Find(compilation, PersistenceTypeNames.CosmosContainer);
            TableAttribute = TypeLookup.Find(compilation, PersistenceTypeNames.TableAttribute);
            ColumnAttribute = TypeLookup.Find(compilation, PersistenceTypeNames.ColumnAttribute);
            KeyAttribute = TypeLookup.Find(compilation, PersistenceTypeNames.KeyAttribute);
            BsonIdAttribute = TypeLookup.Find(compilation, PersistenceTypeNames.BsonIdAttribute);
            BsonElementAttribute = TypeLookup.Find(compilation, PersistenceTypeNames.BsonElementAttribute);
        }

        public INamedTypeSymbol? DbContext { get; }

        public INamedTypeSymbol? DbSet { get; }

        public INamedTypeSymbol? EntityTypeConfiguration { get; }

        public INamedTypeSymbol? IdentityUser { get; }

        public INamedTypeSymbol? CosmosContainer { get; }

        public INamedTypeSymbol? TableAttribute { get; }

        public INamedTypeSymbol? ColumnAttribute { get; }

        public INamedTypeSymbol? KeyAttribute { get; }

        public INamedTypeSymbol? BsonIdAttribute { get; }

        public INamedTypeSymbol? BsonElementAttribute { get; }

        public static PersistenceTypes Resolve(Compilation compilation) => new PersistenceTypes(compilation);
    }
}
