using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using NhsCodeAnalyzers.CodeFixes.Rules;
using NhsCodeAnalyzers.Rules;

namespace NhsCodeAnalyzers.Tests.Shared
{
    /// <summary>Every analyzer and code fix the package ships, found by reflection so a new rule cannot be missed.</summary>
    public static class AllAnalyzers
    {
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(ProprietarySerializerAnalyzer).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        public static ImmutableArray<CodeFixProvider> CodeFixes { get; } = typeof(ProprietarySerializerCodeFix).Assembly.GetTypes()
            .Where(type => typeof(CodeFixProvider).IsAssignableFrom(type) && !type.IsAbstract)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (CodeFixProvider)Activator.CreateInstance(type)!)
            .ToImmutableArray();
    }
}
