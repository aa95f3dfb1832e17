using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace NhsCodeAnalyzers.Shared.Persistence
{
    /// <summary>
    /// Which source types a compilation stores, and which of their properties an EF Core model converts.
    /// Built once per compilation, on first use, from declarations (DbContext sets, OnModelCreating,
    /// IEntityTypeConfiguration, Identity users) so that a member's diagnostic can be reported live, in its
    /// own file, even though the entity's registration usually lives in another.
    /// </summary>
    internal sealed class PersistenceModel
    {
        private readonly ImmutableHashSet<INamedTypeSymbol> _stored;
        private readonly ImmutableHashSet<INamedTypeSymbol> _storedWithBases;
        private readonly ILookup<string, string?> _conversionsByMember;

        private PersistenceModel(ImmutableHashSet<INamedTypeSymbol> stored, ILookup<string, string?> conversionsByMember)
        {
            _stored = stored;
            _storedWithBases = stored.SelectMany(BaseTypesAndSelf).ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            _conversionsByMember = conversionsByMember;
        }

        /// <summary>True when the type, or a type derived from it, is an EF Core entity, an Identity user or a Cosmos DB item.</summary>
        public bool IsRegistered(INamedTypeSymbol type) => _storedWithBases.Contains(type.OriginalDefinition);

        /// <summary>True when an EF Core model configuration converts this member of this type (or of a stored type derived from it).</summary>
        public bool IsConverted(INamedTypeSymbol declaringType, string member)
        {
            foreach (var entity in _conversionsByMember[member])
            {
                if (entity is null || entity == declaringType.Name || _stored.Any(s => s.Name == entity && BaseTypesAndSelf(s).Contains(declaringType.OriginalDefinition, SymbolEqualityComparer.Default)))
                {
                    return true;
                }
            }

            return false;
        }

        public static PersistenceModel Build(Compilation compilation, PersistenceTypes types, CancellationToken cancellationToken)
        {
            var stored = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var entityNames = new List<string>();
            var conversions = new List<(string? Entity, string Member)>();
            var byName = new Dictionary<string, List<INamedTypeSymbol>>();

            foreach (var type in SourceTypes(compilation.Assembly.GlobalNamespace))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!byName.TryGetValue(type.Name, out var sameName))
                {
                    byName[type.Name] = sameName = new List<INamedTypeSymbol>();
                }

                sameName.Add(type);
                if (types.DbContext is not null && TypeHierarchy.IsOrDerivesFrom(type, types.DbContext))
                {
                    AddDbSets(type, types, stored);
                    ScanBodies(type, "OnModelCreating", defaultEntity: null, entityNames, conversions, cancellationToken);
                }

                if (types.EntityTypeConfiguration is not null)
                {
                    foreach (var configured in type.AllInterfaces.Where(i => SymbolEqualityComparer.Default.Equals(i.OriginalDefinition, types.EntityTypeConfiguration)))
                    {
                        if (configured.TypeArguments[0] is INamedTypeSymbol entity)
                        {
                            stored.Add(entity.OriginalDefinition);
                            ScanBodies(type, "Configure", entity.Name, entityNames, conversions, cancellationToken);
                        }
                    }
                }

                if (types.IdentityUser is not null && BaseTypesAndSelf(type).Any(t => SymbolEqualityComparer.Default.Equals(t.OriginalDefinition, types.IdentityUser)))
                {
                    stored.Add(type.OriginalDefinition);
                }
            }

            foreach (var name in entityNames)
            {
                if (byName.TryGetValue(name, out var named))
                {
                    stored.UnionWith(named.Select(t => t.OriginalDefinition));
                }
            }

            if (types.CosmosContainer is not null)
            {
                CosmosItemTypes.AddTo(stored, compilation, types.CosmosContainer, cancellationToken);
            }

            return new PersistenceModel(stored.ToImmutableHashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), conversions.ToLookup(c => c.Member, c => c.Entity));
        }

        private static void AddDbSets(INamedTypeSymbol context, PersistenceTypes types, HashSet<INamedTypeSymbol> stored)
        {
            foreach (var member in context.GetMembers())
            {
                var memberType = member switch
                {
                    IPropertySymbol property => property.Type,
                    IFieldSymbol field => field.Type,
                    _ => null,
                };
                if (memberType is INamedTypeSymbol { IsGenericType: true } set &&
                    SymbolEqualityComparer.Default.Equals(set.OriginalDefinition, types.DbSet) &&
                    set.TypeArguments[0] is INamedTypeSymbol entity)
                {
                    stored.Add(entity.OriginalDefinition);
                }
            }
        }

        private static void ScanBodies(INamedTypeSymbol type, string methodName, string? defaultEntity, List<string> entityNames, List<(string?, string)> conversions, CancellationToken cancellationToken)
        {
            foreach (var method in type.GetMembers(methodName).OfType<IMethodSymbol>())
            {
                foreach (var reference in method.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax(cancellationToken) is BaseMethodDeclarationSyntax declaration && (declaration.Body ?? (SyntaxNode?)declaration.ExpressionBody) is { } body)
                    {
                        EfModelConfigurationScanner.Scan(body, defaultEntity, entityNames, conversions);
                    }
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> SourceTypes(INamespaceSymbol root)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                if (current is INamespaceSymbol ns)
                {
                    foreach (var member in ns.GetMembers())
                    {
                        pending.Push(member);
                    }
                }
                else if (current is INamedTypeSymbol type)
                {
                    yield return type;
                    foreach (var nested in type.GetTypeMembers())
                    {
                        pending.Push(nested);
                    }
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> BaseTypesAndSelf(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                yield return current.OriginalDefinition;
            }
        }
    }
}
