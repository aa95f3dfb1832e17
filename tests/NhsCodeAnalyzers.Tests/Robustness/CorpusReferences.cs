using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Tests.Rules;
using NhsCodeAnalyzers.Tests.Verifiers;

namespace NhsCodeAnalyzers.Tests.Robustness
{
    /// <summary>The reference sets a corpus case can name: those the rule tests pass to their verifiers.</summary>
    public static class CorpusReferences
    {
        public const string Default = nameof(ReferenceSets.Net100WithPackages);

        private static readonly Dictionary<string, Func<ImmutableArray<MetadataReference>>> Sets = new(StringComparer.Ordinal)
        {
            [nameof(ReferenceSets.Net100)] = () => ReferenceSets.Net100,
            [nameof(ReferenceSets.Net100WithPackages)] = () => ReferenceSets.Net100WithPackages,
            [nameof(ReferenceSets.Net100WithPackagesWithoutAnnotations)] = () => ReferenceSets.Net100WithPackagesWithoutAnnotations,
            [nameof(ReferenceSets.Net472)] = () => ReferenceSets.Net472,
            [nameof(ReferenceSets.NetStandard20)] = () => ReferenceSets.NetStandard20,
            [nameof(NHS2005HostingReferences.Net100WithPackagesAndAspNetCore)] = () => NHS2005HostingReferences.Net100WithPackagesAndAspNetCore,
            [nameof(NHS2005HostingReferences.TestProject)] = () => NHS2005HostingReferences.TestProject(),
        };

        public static bool IsKnown(string name) => Sets.ContainsKey(name);

        public static ImmutableArray<MetadataReference> Get(string name) => Sets[name]();
    }
}
