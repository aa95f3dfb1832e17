using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using NhsCodeAnalyzers.Shared;

namespace NhsCodeAnalyzers.CodeFixes.Shared
{
    /// <summary>
    /// Adds an NhsCodeAnalyzers.Annotations attribute with placeholder values to declarations, with its using
    /// directive: the shared step of the NHS1001, NHS4001 and NHS4003 fixes. Placeholders are reported by
    /// NHS4002 until someone writes the real values, so a fix records a decision to review, never a silence.
    /// </summary>
    internal static class AnnotationSkeleton
    {
        /// <param name="positional">Constructor arguments, as placeholder strings.</param>
        /// <param name="named">Named arguments and their placeholder strings.</param>
        public static async Task<Document> AddAsync(
            Document document,
            IEnumerable<SyntaxNode> declarations,
            string attributeMetadataName,
            IEnumerable<string> positional,
            IEnumerable<(string Name, string Placeholder)> named,
            CancellationToken cancellationToken)
        {
            var compilation = await document.Project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var attributeType = compilation is null ? null : TypeLookup.Find(compilation, attributeMetadataName);
            if (root is null || attributeType is null)
            {
                return document;
            }

            var generator = SyntaxGenerator.GetGenerator(document);
            var arguments = positional.Select(value => generator.AttributeArgument(generator.LiteralExpression(value)))
                .Concat(named.Select(argument => generator.AttributeArgument(argument.Name, generator.LiteralExpression(argument.Placeholder))))
                .ToList();
            var updated = root.ReplaceNodes(declarations.Distinct(), (original, current) => generator.AddAttributes(
                current,
                generator.Attribute(generator.TypeExpression(attributeType).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation), arguments)));
            return await DocumentCleanup.FinishAsync(document.WithSyntaxRoot(updated), cancellationToken).ConfigureAwait(false);
        }
    }
}
