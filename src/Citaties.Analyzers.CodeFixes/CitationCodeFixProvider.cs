using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Citaties.Analyzers.Reporting;
using Citaties.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Citaties.Analyzers.CodeFixes;

/// <summary>
/// The light bulb of every rule that has a fix: replaces the citation inside the literal or comment with the
/// library's correction, written for that literal (the analyzer already escaped it). Fix All in a document,
/// project or solution applies every fix of the same rule.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CitationCodeFixProvider))]
[Shared]
public sealed class CitationCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        RuleCatalog.All.Where(rule => rule.HasFix).Select(rule => rule.Id).ToImmutableArray();

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var source = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (FixProperties.Read(diagnostic.Properties) is not { } edit || edit.Span.End > source.Length)
            {
                continue;
            }

            var title = edit.Span.IsEmpty
                ? $"{diagnostic.Id}: '{edit.Replacement}'"
                : $"{diagnostic.Id}: '{source.ToString(edit.Span)}' → '{edit.Replacement}'";
            context.RegisterCodeFix(
                CodeAction.Create(title, cancellation => Apply(context.Document, edit.Span, edit.Text, cancellation), equivalenceKey: diagnostic.Id),
                diagnostic);
        }
    }

    private static async Task<Document> Apply(Document document, TextSpan span, string text, CancellationToken cancellation)
    {
        var source = await document.GetTextAsync(cancellation).ConfigureAwait(false);
        return document.WithText(source.WithChanges(new Microsoft.CodeAnalysis.Text.TextChange(span, text)));
    }
}
