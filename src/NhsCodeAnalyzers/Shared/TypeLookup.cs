using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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
        /// Here an assembly is asked only when its set of type names (kept with its symbols, which the IDE reuses
        /// across edits) contains the type's top-level name.
        /// </summary>
        private sealed class CompilationTypes
        {
            private readonly Compilation _compilation;
            private readonly ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>> _found = new ConcurrentDictionary<string, ImmutableArray<INamedTypeSymbol>>();
            private ImmutableArray<IAssemblySymbol> _assemblies;

            public CompilationTypes(Compilation compilation) => _compilation = compilation;

            public ImmutableArray<INamedTypeSymbol> FindAll(string metadataName) => _found.GetOrAdd(metadataName, Scan);

            private ImmutableArray<INamedTypeSymbol> Scan(string metadataName)
            {
                var topLevelName = TopLevelName(metadataName);
                var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
                foreach (var assembly in Assemblies())
                {
                    if (assembly.TypeNames.Contains(topLevelName) && assembly.GetTypeByMetadataName(metadataName) is { } type)
                    {
                        builder.Add(type);
                    }
                }

                return builder.ToImmutable();
            }

            private ImmutableArray<IAssemblySymbol> Assemblies()
            {
                if (_assemblies.IsDefault)
                {
                    var assemblies = new List<IAssemblySymbol> { _compilation.Assembly };
                    foreach (var module in _compilation.Assembly.Modules)
                    {
                        assemblies.AddRange(module.ReferencedAssemblySymbols);
                    }

                    ImmutableInterlocked.InterlockedInitialize(ref _assemblies, assemblies.ToImmutableArray());
                }

                return _assemblies;
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
}
