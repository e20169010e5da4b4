using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Documents;
using Citaties.LanguageServer.Analysis;
using Citaties.LanguageServer.Protocol;

namespace Citaties.LanguageServer.Features;

/// <summary>
/// The rules' fixes as code actions: each finding's own fix as the preferred quick fix, and every fix of the file
/// at once, as the library's <see cref="SourceDocument.Fix"/> makes them (through the map back to the source).
/// </summary>
internal static class CodeActions
{
    /// <summary>The title of the action that fixes the whole file.</summary>
    public const string FixAllTitle = "Fix all citation findings in file";

    /// <summary>The actions for <paramref name="range"/> of the analysed document, of the kinds <paramref name="only"/> asks for.</summary>
    public static IReadOnlyList<CodeAction> For(DocumentAnalysis analysis, Range range, string[]? only)
    {
        var actions = new List<CodeAction>();
        var fixable = analysis.Result.Findings.Where(f => EditOf(analysis, f) is not null).ToList();
        if (CodeActionKind.IsRequested(CodeActionKind.QuickFix, only))
        {
            foreach (var finding in Diagnostics.At(analysis, range))
            {
                if (EditOf(analysis, finding) is { } edit)
                {
                    actions.Add(new CodeAction
                    {
                        Title = $"{finding.Diagnostic.Id}: replace with '{finding.Fix!.Replacement}'",
                        Kind = CodeActionKind.QuickFix,
                        Diagnostics = new[] { Diagnostics.Of(finding) },
                        IsPreferred = true,
                        Edit = EditFor(analysis, new[] { edit }),
                    });
                }
            }

            // Beside a fix here, the same for the whole file when there is more to fix.
            if (actions.Count > 0 && fixable.Count > actions.Count && FixAll(analysis) is { } all)
            {
                actions.Add(new CodeAction { Title = FixAllTitle, Kind = CodeActionKind.QuickFix, Edit = all });
            }
        }

        if (fixable.Count > 0 && CodeActionKind.IsRequested(CodeActionKind.FixAll, only) && FixAll(analysis) is { } fixAll)
        {
            actions.Add(new CodeAction
            {
                Title = FixAllTitle,
                Kind = CodeActionKind.FixAll,
                Diagnostics = fixable.Select(Diagnostics.Of).ToList(),
                Edit = fixAll,
            });
        }

        return actions;
    }

    /// <summary>
    /// The edit of one finding's fix in the document's own text, or null when it has none or when the text it replaces
    /// is not there as such in the source (markup inside it): the library's own fix skips those too.
    /// </summary>
    public static TextEdit? EditOf(DocumentAnalysis analysis, LintFinding finding)
    {
        if (finding.Fix is not { } fix || finding.Diagnostic.Fix is not { } original)
        {
            return null;
        }

        var text = analysis.Source.Text;
        var scanned = text.Text.Substring(original.Span.Start, original.Span.Length);
        var region = fix.Region;
        if (region.Length != scanned.Length || string.CompareOrdinal(text.Source, region.Start, scanned, 0, scanned.Length) != 0)
        {
            return null;
        }

        return new TextEdit(Ranges.Of(region), fix.Replacement);
    }

    // Every fix the library makes in the file, as edits of the text the client has (offsets of the source).
    private static WorkspaceEdit? FixAll(DocumentAnalysis analysis)
    {
        if (analysis.Fixes is not { Applied.Count: > 0 } result)
        {
            return null;
        }

        var edits = result.Applied
            .OrderBy(c => c.Span.Start)
            .Select(c => new TextEdit(Ranges.Of(analysis.Source.Text, c.Span), c.NewText))
            .ToList();
        return EditFor(analysis, edits);
    }

    private static WorkspaceEdit EditFor(DocumentAnalysis analysis, IReadOnlyList<TextEdit> edits) =>
        new(new Dictionary<string, IReadOnlyList<TextEdit>>(StringComparer.Ordinal) { [analysis.Document.Uri] = edits });
}
