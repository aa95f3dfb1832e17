using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace NhsCodeAnalyzers.Shared
{
    /// <summary>
    /// The one place that asks a compilation for types by metadata name (banned elsewhere by RS0030).
    /// Call it from a compilation-start action, never per node. Answers are cached per compilation and shared by
    /// every rule, so a name several rules watch is looked up once after each edit.
    /// </summary>
    internal static class TypeLookup
    {
        private static readonly ConditionalWeakTable<Compilation, CompilationTypes> PerCompilation = new ConditionalWeakTable<Compilation, CompilationTypes>();

        /// <summary>Every type with this metadata name in the compilation and its references (empty when absent).</summary>
        public static ImmutableArray<INamedTypeSymbol> FindAll(Compilation compilation, string metadataName)
            => PerCompilation.GetValue(compilation, static c => new CompilationTypes(c)).FindAll(metadataName);

        /// <summary>The type with this metadata name, or null when it is absent or ambiguous.</summary>
        public static INamedTypeSymbol? Find(Compilation compilation, string metadataName)
        {
            var all = FindAll(compilation, metadataName);
            return all.Length switch
            {
                0 => null,
                1 => all[0],
                _ => Disambiguate(compilation, metadataName),
            };
        }

        // Several assemblies declare the name: the compiler's own rules decide (a type in the compilation wins; two in
        // references are ambiguous).
#pragma warning disable RS0030 // This is the sanctioned wrapper around the banned lookups.
        private static INamedTypeSymbol? Disambiguate(Compilation compilation, string metadataName) => compilation.GetTypeByMetadataName(metadataName);
#pragma warning restore RS0030

        /// <summary>Every type found for any of the names, as a set for quick membership tests.</summary>
        public static ImmutableHashSet<INamedTypeSymbol> FindSet(Compilation compilation, ImmutableArray<string> metadataNames)
        {
            var builder = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (var name in metadataNames)
            {
                builder.UnionWith(FindAll(compilation, name));
            }

            return builder.ToImmutable();
        }

        /// <summary>
        /// <see cref="Compilation.GetTypesByMetadataName"/> without its cost: that asks every referenced assembly (a
        /// service references a couple of hundred), and was the largest part of the rules' start-up after each edit.
        /// Which referenced assemblies declare a name is remembered for the set of references (<see cref="ReferenceSet"/>,
        /// which outlives an edit), so after an edit only the compilation's own assembly and those few are asked.
        /// </summary>
        private sealed class CompilationTypes
        {
            private readonly Compilation _compilation;
            private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _found = new ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>>();
            private readonly ReferenceSet _references;

            public CompilationTypes(Compilation compilation)
            {
                _compilation = compilation;
                _references = ReferenceSet.For(compilation);
            }

            public ImmutableArray<INamedTypeSymbol> FindAll(string metadataName) => _found.GetOrAdd(metadataName, Scan);

            private ImmutableArray<INamedTypeSymbol> Scan(string metadataName)
            {
                var topLevelName = TopLevelName(metadataName);
                var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                // The compilation's own assembly is asked directly: its type-name set is rebuilt after every edit and
                // costs more than the lookup, which stops at the first namespace the sources do not declare.
                if (_compilation.Assembly.GetTypeByMetadataName(metadataName) is { } own)
                {
                    builder.Add(own);
                }

                foreach (var assembly in _references.Declaring(metadataName, topLevelName))
                {
                    if (assembly.GetTypeByMetadataName(metadataName) is { } type)
                    {
                        builder.Add(type);
                    }
                }

                return builder.ToImmutable();
            }
        }

        /// <summary>
        /// A compilation's referenced assemblies and, per watched name, which of them declare it. The IDE keeps the
        /// same referenced assembly symbols from one edit to the next, so the answers are kept with the set, found
        /// again from the compilation's core library (a few sets per core library: one per distinct set of references).
        /// </summary>
        private sealed class ReferenceSet
        {
            private const int SetsPerCoreLibrary = 8;
            private static readonly ConditionalWeakTable<IAssemblySymbol, List<ReferenceSet>> ByCoreLibrary = new ConditionalWeakTable<IAssemblySymbol, List<ReferenceSet>>();

            private readonly ImmutableArray<IAssemblySymbol> _assemblies;
            private readonly ConcurrentDictionary<string, ImmutableArray<IAssemblySymbol>> _declaring = new ConcurrentDictionary<string, ImmutableArray<IAssemblySymbol>>();

            private ReferenceSet(ImmutableArray<IAssemblySymbol> assemblies) => _assemblies = assemblies;

            public static ReferenceSet For(Compilation compilation)
            {
                var builder = ImmutableArray.CreateBuilder<IAssemblySymbol>();
                foreach (var module in compilation.Assembly.Modules)
                {
                    builder.AddRange(module.ReferencedAssemblySymbols);
                }

                var assemblies = builder.ToImmutable();
                var sets = ByCoreLibrary.GetValue(compilation.ObjectType.ContainingAssembly ?? compilation.Assembly, static _ => new List<ReferenceSet>());
                lock (sets)
                {
                    foreach (var set in sets)
                    {
                        if (set._assemblies.SequenceEqual(assemblies, static (a, b) => ReferenceEquals(a, b)))
                        {
                            return set;
                        }
                    }

                    var created = new ReferenceSet(assemblies);
                    if (sets.Count == SetsPerCoreLibrary)
                    {
                        sets.RemoveAt(0);
                    }

                    sets.Add(created);
                    return created;
                }
            }

            public ImmutableArray<IAssemblySymbol> Declaring(string metadataName, string topLevelName)
                => _declaring.GetOrAdd(metadataName, _ =>
                {
                    var declaring = ImmutableArray.CreateBuilder<IAssemblySymbol>();
                    foreach (var assembly in _assemblies)
                    {
                        if (assembly.TypeNames.Contains(topLevelName) && assembly.GetTypeByMetadataName(metadataName) is not null)
                        {
                            declaring.Add(assembly);
                        }
                    }

                    return declaring.ToImmutable();
                });
        }

        /// <summary>"Ns.Outer`1+Inner" → "Outer": the name an assembly lists for the type's outermost declaration.</summary>
        private static string TopLevelName(string metadataName)
        {
            var nested = metadataName.IndexOf('+');
            var outer = nested < 0 ? metadataName : metadataName.Substring(0, nested);
            var name = outer.Substring(outer.LastIndexOf('.') + 1);
            var arity = name.IndexOf('`');
            return arity < 0 ? name : name.Substring(0, arity);
        }
    }
}
