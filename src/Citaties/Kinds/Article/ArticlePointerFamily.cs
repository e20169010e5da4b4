using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for article citations without a number (<see cref="ArticlePointerGrammar"/>). "het" is
/// everywhere in Dutch, so it only goes on when the next word can be an ordinal or "vorige"/"voorgaand(e)".
/// </summary>
internal static class ArticlePointerFamily
{
    public static readonly CitationFamily Instance = new(
        "article pointer",
        new[] { "het", "dit artikel", "dat artikel" },
        ArticlePointerGrammar.Citations,
        plausible: IsPlausible,
        maxLength: 120);

    // Every ordinal word ends in "de" or "ste" (tweede, eerste, achtste), "vorige" in "ge", "voorgaand" in "nd".
    // "dat artikel 9" is a conjunction before a numbered article, which the article family reads.
    internal static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        if (length != 3)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            return i >= text.Length || !char.IsDigit(text[i]);
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var end = ++i;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        var word = text.Slice(i, end - i);
        return word.Length >= 5
            && (word.EndsWith("de".AsSpan(), StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("ste".AsSpan(), StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("ge".AsSpan(), StringComparison.OrdinalIgnoreCase)
                || word.EndsWith("nd".AsSpan(), StringComparison.OrdinalIgnoreCase));
    }
}
