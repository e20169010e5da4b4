using System;

namespace Citaties.Kinds;

/// <summary>
/// Bare Kamerstuk ids without a label, as in Handelingen lists: <c>- 21501-02-1855</c>, <c>(35300-A, nr. 15)</c>,
/// <c>vervallen: 34775-42; 34734-25</c>. The cheap test wants five digits and a hyphen (or a comma after a
/// bracket) right after the opening, so ordinary brackets, dashes and colons cost one comparison.
/// </summary>
internal static class KamerstukIdFamily
{
    public static readonly CitationFamily Instance = new(
        "kamerstuk-id",
        new[] { "(", " - ", " \u2013 ", ": " },
        KamerstukGrammar.BareIds,
        plausible: IsPlausible,
        maxLength: 200,
        anchorNeedsWordStart: false);

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var digits = start + length;
        if (!ParliamentaryChecks.DigitsAt(text, digits, 5) || digits + 5 >= text.Length)
        {
            return false;
        }

        var next = text[digits + 5];
        return next is '-' or '\u2013' || (next == ',' && text[start] == '(');
    }
}
