using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Descriptors;

namespace NhsCodeAnalyzers.PresetGenerator
{
    /// <summary>
    /// The <c>NhsAnalysisMode</c> presets (<c>Default</c>, <c>Strict</c>, <c>None</c>) as global analyzer config
    /// files, rendered from the rule descriptors so they list exactly the rules that ship.
    /// </summary>
    /// <remarks>
    /// A team's own severities must always win over a preset. Two facts of the compiler decide the shape:
    /// <list type="bullet">
    /// <item>An entry for a rule ID beats an entry for its category, wherever each comes from. A preset that set
    /// <c>dotnet_diagnostic.NHS3001.severity</c> would override a team's
    /// <c>dotnet_analyzer_diagnostic.category-NhsOpenStandards.severity</c> in .editorconfig, so presets set
    /// categories, which a team's rule or category entry then overrides.</item>
    /// <item>Category entries are not applied to a diagnostic without a source location. NHS0001 (the
    /// configuration category) reports the team's own configuration, with no location, so a preset that must change
    /// it sets it by ID; a team changes it in a .globalconfig or with NoWarn/WarningsAsErrors, both of which win.</item>
    /// </list>
    /// The global level is that of the .NET SDK's own analysis-level files: below a team's .globalconfig (100) and
    /// any other global config (0); .editorconfig entries beat global configs at any level.
    /// </remarks>
    public static class AnalysisModePresets
    {
        public const string Default = "Default";
        public const string Strict = "Strict";
        public const string None = "None";

        public const int GlobalLevel = -100;

        public static IReadOnlyList<string> Modes { get; } = new[] { Default, Strict, None };

        public static string FileNameFor(string mode) => $"nhs_analysis_mode_{mode.ToLowerInvariant()}.globalconfig";

        /// <summary>The rules a category entry cannot reach: they report without a source location.</summary>
        public static bool IsSetById(DiagnosticDescriptor descriptor) => descriptor.Category == RuleCategories.Configuration;

        public static string Render(string mode, IReadOnlyList<DiagnosticDescriptor> descriptors)
        {
            var text = new StringBuilder();
            text.Append("# NhsCodeAnalyzers preset for <NhsAnalysisMode>").Append(mode).Append("</NhsAnalysisMode>: ").Append(Summary(mode)).Append('\n');
            text.Append("# Generated from the rule descriptors when the package is packed (src/NhsCodeAnalyzers.PresetGenerator); do not edit.\n");
            text.Append("# A team's own severities win: .editorconfig entries beat every global config, a .globalconfig has level 100,\n");
            text.Append("# and rules are set here by category, which a team's rule or category entry overrides.\n");
            text.Append("is_global = true\n");
            text.Append("global_level = ").Append(GlobalLevel.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');

            foreach (var category in descriptors.Where(d => !IsSetById(d)).GroupBy(d => d.Category).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append('\n').Append("# ").Append(category.Key).Append(": ").Append(string.Join(", ", category.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal))).Append('\n');
                var severity = CategorySeverity(mode);
                if (severity is null)
                {
                    foreach (var descriptor in category.OrderBy(d => d.Id, StringComparer.Ordinal))
                    {
                        text.Append("#   ").Append(descriptor.Id).Append(" is ").Append(IniSeverity(descriptor.DefaultSeverity)).Append('\n');
                    }
                }
                else
                {
                    text.Append("dotnet_analyzer_diagnostic.category-").Append(category.Key).Append(".severity = ").Append(severity).Append('\n');
                }
            }

            foreach (var descriptor in descriptors.Where(IsSetById).OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                text.Append('\n').Append("# ").Append(descriptor.Id).Append(" (").Append(descriptor.Category).Append(") reports without a source location, where category entries do not apply.\n");
                if (mode == Strict)
                {
                    text.Append("dotnet_diagnostic.").Append(descriptor.Id).Append(".severity = error\n");
                }
                else
                {
                    text.Append("# It stays ").Append(IniSeverity(descriptor.DefaultSeverity));
                    text.Append(mode == None
                        ? ": it reports only nhs_code_analyzers keys a team wrote itself, to opt rules back in, and a mistake there would silently weaken them.\n"
                        : ".\n");
                }
            }

            return text.ToString();
        }

        public static string IniSeverity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "suggestion",
            _ => "silent",
        };

        private static string Summary(string mode) => mode switch
        {
            Default => "every rule at its catalogued severity (this file changes nothing).",
            Strict => "every rule is an error.",
            None => "every rule that looks at code is off, to opt rules in one by one.",
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "not a preset"),
        };

        private static string? CategorySeverity(string mode) => mode switch
        {
            Strict => "error",
            None => "none",
            _ => null,
        };
    }
}
