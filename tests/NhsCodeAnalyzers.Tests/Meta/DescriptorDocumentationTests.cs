using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NhsCodeAnalyzers.Descriptors;
using NhsCodeAnalyzers.Shared.Options;
using NhsCodeAnalyzers.Tests.Shared;

namespace NhsCodeAnalyzers.Tests.Meta
{
    /// <summary>
    /// One source of truth: each descriptor agrees with its page, the index and release tracking, and every
    /// analyzer and code fix is accounted for.
    /// </summary>
    public sealed class DescriptorDocumentationTests
    {
        public static TheoryData<string> AllRuleIds()
        {
            var data = new TheoryData<string>();
            foreach (var descriptor in RuleDescriptors.All)
            {
                data.Add(descriptor.Id);
            }

            return data;
        }

        private static DiagnosticDescriptor Descriptor(string id) => RuleDescriptors.All.Single(d => d.Id == id);

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_rule_has_a_page_whose_title_category_and_severity_match(string id)
        {
            var descriptor = Descriptor(id);
            Assert.True(File.Exists(RulePage.PathFor(id)), $"rules/{id}.md is missing");
            var page = RulePage.Load(id);
            Assert.Equal($"{id}: {descriptor.Title}", page.Heading);
            Assert.Equal(descriptor.Category, page.Facts["Category"]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), page.Facts["Default severity"]);
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_rule_page_has_every_section_a_reader_needs(string id)
        {
            var text = File.ReadAllText(RulePage.PathFor(id));
            foreach (var section in new[] { "## What it flags", "## Why it matters for patients", "## Non-compliant", "## Compliant", "## Code fix", "## Change its severity", "## Suppress it with a justification" })
            {
                Assert.Contains(section, text, StringComparison.Ordinal);
            }

            Assert.Contains("Principles", RulePage.Load(id).Facts.Keys);
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_help_link_opens_the_rules_page(string id)
        {
            var descriptor = Descriptor(id);
            Assert.Equal($"https://github.com/nhs-code-analyzers/NhsCodeAnalyzers/blob/main/rules/{id}.md", descriptor.HelpLinkUri);
            Assert.Contains($"<RepositoryUrl>{RuleDescriptorFactory.RepositoryUrl}</RepositoryUrl>", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props")), StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_rule_is_in_the_index_with_the_same_title_category_and_severity(string id)
        {
            var descriptor = Descriptor(id);
            var row = File.ReadAllLines(Path.Combine(RepositoryPaths.RulesDirectory, "README.md"))
                .SingleOrDefault(line => line.StartsWith($"| [{id}]({id}.md) |", StringComparison.Ordinal));
            Assert.NotNull(row);
            var cells = row!.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.Equal(descriptor.Title.ToString(), cells[1]);
            Assert.Equal(descriptor.Category, cells[2]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), cells[3]);
            Assert.Equal(RulePage.Load(id).Facts["Code fix"], cells[5]);
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_rule_is_in_release_tracking_with_its_category_and_severity(string id)
        {
            var descriptor = Descriptor(id);
            var rows = new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
                .SelectMany(file => File.ReadAllLines(Path.Combine(RepositoryPaths.AnalyzerProjectDirectory, file)))
                .Where(line => line.StartsWith(id + " ", StringComparison.Ordinal))
                .Select(line => line.Split('|').Select(c => c.Trim()).ToArray())
                .ToList();
            Assert.NotEmpty(rows);
            var latest = rows.Last();
            Assert.Equal(descriptor.Category, latest[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), latest[2]);
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_rule_tags_its_principles(string id)
        {
            var descriptor = Descriptor(id);
            var principles = descriptor.CustomTags.Where(t => t.StartsWith("DHSC-Principle-", StringComparison.Ordinal)).Select(t => t.Substring("DHSC-Principle-".Length));
            Assert.NotEmpty(principles);
            var row = File.ReadAllLines(Path.Combine(RepositoryPaths.RulesDirectory, "README.md")).Single(l => l.StartsWith($"| [{id}]", StringComparison.Ordinal));
            Assert.Equal(string.Join(", ", principles), row.Trim('|').Split('|')[4].Trim());
        }

        [Theory]
        [MemberData(nameof(AllRuleIds))]
        public void Each_rule_is_listed_in_the_repository_and_package_READMEs(string id)
        {
            var title = Descriptor(id).Title.ToString();
            Assert.Contains($"| [{id}](rules/{id}.md) | {title} |", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")), StringComparison.Ordinal);
            Assert.Contains($"| {id} | {title} |", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "NhsCodeAnalyzers.Package", "README.md")), StringComparison.Ordinal);
        }

        [Fact]
        public void The_index_lists_no_rule_that_does_not_exist()
        {
            var ids = File.ReadAllLines(Path.Combine(RepositoryPaths.RulesDirectory, "README.md"))
                .Where(l => l.StartsWith("| [NHS", StringComparison.Ordinal))
                .Select(l => l.Substring(3, 7));
            Assert.Equal(RuleDescriptors.All.Select(d => d.Id).OrderBy(i => i), ids.OrderBy(i => i));
        }

        [Fact]
        public void Every_descriptor_is_reported_by_exactly_one_analyzer_and_every_analyzer_uses_known_descriptors()
        {
            var supported = AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
            Assert.Equal(RuleDescriptors.All.Select(d => d.Id).OrderBy(i => i), supported.OrderBy(i => i));
            foreach (var descriptor in AllAnalyzers.Analyzers.SelectMany(a => a.SupportedDiagnostics))
            {
                Assert.Same(RuleDescriptors.All.Single(d => d.Id == descriptor.Id), descriptor);
            }
        }

        [Fact]
        public void The_pages_say_code_fix_Yes_exactly_for_the_rules_with_a_fix_and_every_fix_offers_Fix_All()
        {
            var fixable = new HashSet<string>(AllAnalyzers.CodeFixes.SelectMany(f => f.FixableDiagnosticIds));
            foreach (var descriptor in RuleDescriptors.All)
            {
                Assert.Equal(fixable.Contains(descriptor.Id) ? "Yes" : "No", RulePage.Load(descriptor.Id).Facts["Code fix"]);
            }

            foreach (var fix in AllAnalyzers.CodeFixes)
            {
                Assert.NotNull(fix.GetFixAllProvider());
            }
        }

        [Fact]
        public void Every_option_key_is_documented()
        {
            var configurationPage = File.ReadAllText(RulePage.PathFor(RuleIds.InvalidConfiguration));
            foreach (var option in NhsOptionKeys.All)
            {
                Assert.Contains($"`{option.Key}`", configurationPage, StringComparison.Ordinal);
            }
        }
    }
}
