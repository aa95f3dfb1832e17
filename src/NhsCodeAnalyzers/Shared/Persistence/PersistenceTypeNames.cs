namespace NhsCodeAnalyzers.Shared.Persistence
{
    /// <summary>Metadata names of the persistence APIs that make a type stored.</summary>
    internal static class PersistenceTypeNames
    {
        public const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";
        public const string DbSet = "Microsoft.EntityFrameworkCore.DbSet`1";
        public const string EntityTypeConfiguration = "Microsoft.EntityFrameworkCore.IEntityTypeConfiguration`1";
        public const string IdentityUser = "Microsoft.AspNetCore.Identity.IdentityUser`1";
        public const string CosmosContainer = "Microsoft.Azure.Cosmos.Container";

        /// <summary>Data-annotation mapping: on the type (Table) or on a member (Key, Column).</summary>
        public const string TableAttribute = "System.ComponentModel.DataAnnotations.Schema.TableAttribute";
        public const string ColumnAttribute = "System.ComponentModel.DataAnnotations.Schema.ColumnAttribute";
        public const string KeyAttribute = "System.ComponentModel.DataAnnotations.KeyAttribute";

        /// <summary>MongoDB document mapping on a member.</summary>
        public const string BsonIdAttribute = "MongoDB.Bson.Serialization.Attributes.BsonIdAttribute";
        public const string BsonElementAttribute = "MongoDB.Bson.Serialization.Attributes.BsonElementAttribute";

        /// <summary>Cosmos DB container methods whose type argument is a stored item type.</summary>
        public static readonly string[] CosmosItemMethods = { "CreateItemAsync", "UpsertItemAsync", "ReplaceItemAsync", "GetItemLinqQueryable", "ReadItemAsync", "PatchItemAsync" };
    }
}
