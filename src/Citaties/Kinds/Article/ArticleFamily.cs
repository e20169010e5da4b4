using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for article citations. The anchor "artikel" also starts "artikelen"; "de artikelen"
/// is an anchor of its own so that a range keeps its determiner (<c>de artikelen 3 tot en met 5</c>).
/// </summary>
internal static class ArticleFamily
{
    // Spaces allowed between the keyword and the label ("art.6", "artikel  5" over a line break).
    private const int MaxGap = 3;

    public static readonly CitationFamily Instance = new(
        "article",
        new[] { "artikel", "art.", "artt.", "de artikelen", "enig artikel" },
        ArticleGrammar.Citations,
        plausible: IsPlausible,
        maxLength: 240,
        fastPath: ArticleFastPath.TryRead);

    /// <summary>
    /// A label must follow within a few spaces: a digit, or a Roman numeral of an amending act; "enig artikel"
    /// needs nothing more. "het artikel in de Volkskrant" and "dit artikel" fail here without parsing.
    /// </summary>
    internal static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        if (text[start] is 'e' or 'E')
        {
            return true;
        }

        var i = start + length;
        if (length == 7 && i + 1 < text.Length && text[i] == 'e' && text[i + 1] == 'n')
        {
            i += 2;
        }

        var gapEnd = Math.Min(text.Length, i + MaxGap + 1);
        while (i < gapEnd && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && (char.IsDigit(text[i]) || text[i] is 'I' or 'V' or 'X' or 'L' or 'C');
    }
}
