using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Cli.Inputs;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Cli.Linting;

/// <summary>
/// Applies the fixes of <see cref="CitationLinter.Fix"/> to a text file. For HTML the changes are found in the
/// markup-free text and made in the file's own text; a change whose text is not there as such (markup or a
/// character reference inside it) is skipped rather than guessed at.
/// </summary>
internal static class TextFixer
{
    /// <summary>The fixed text of <paramref name="text"/>, the changes made (in offsets of the original) and the ones skipped.</summary>
    public static TextFixResult Fix(ScanText text, LintOptions options) => Apply(text, CitationLinter.Fix(text.Scanned, options));

    /// <summary>Makes the changes of <paramref name="fixes"/>, found in the scanned text, in the file's own text.</summary>
    public static TextFixResult Apply(ScanText text, FixResult fixes)
    {
        if (ReferenceEquals(text.Scanned, text.Original))
        {
            return new TextFixResult(fixes.Text, fixes.Changes, new List<TextChange>());
        }

        var applied = new List<TextChange>();
        var skipped = new List<TextChange>();
        foreach (var change in fixes.Changes)
        {
            var span = text.ToOriginal(change.Span);
            if (span.End <= text.Original.Length && text.Original.Substring(span.Start, span.Length) == change.OriginalText)
            {
                applied.Add(change with { Span = span });
            }
            else
            {
                skipped.Add(change with { Span = span });
            }
        }

        var result = new StringBuilder(text.Original);
        foreach (var change in applied.OrderByDescending(c => c.Span.Start))
        {
            result.Remove(change.Span.Start, change.Span.Length).Insert(change.Span.Start, change.NewText);
        }

        return new TextFixResult(result.ToString(), applied, skipped);
    }
}

/// <summary>What fixing a text file did.</summary>
/// <param name="Text">The new text of the file.</param>
/// <param name="Applied">The changes made, in offsets of the original file text.</param>
/// <param name="Skipped">Changes that could not be made in the file's own text.</param>
internal sealed record TextFixResult(string Text, IReadOnlyList<TextChange> Applied, IReadOnlyList<TextChange> Skipped);
