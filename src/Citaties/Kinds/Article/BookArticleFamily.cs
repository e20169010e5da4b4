using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap tests for the BW article forms of <see cref="BookArticleGrammar"/>: two families of the article
/// kind, one anchored at the book number of <c>6:2 BW</c>, one at <c>Burgerlijk Wetboek Boek</c>.
/// </summary>
internal static class BookArticleFamily
{
    // How far " BW" may stand from the label: "6:162 lid 2, aanhef en onder a, BW".
    private const int Reach = 60;

    public static readonly CitationFamily WithoutKeyword = new(
        "bookArticle",
        // The book and its colon: anchored at the digit alone, every number in a text would stop the scan.
        new[] { "1:", "2:", "3:", "4:", "5:", "6:", "7:", "8:", "7a:", "10:" },
        BookArticleGrammar.WithoutKeyword,
        plausible: IsPlausible,
        maxLength: 120);

    public static readonly CitationFamily LawFirst = new(
        "lawFirstArticle",
        new[] { "burgerlijk wetboek boek" },
        BookArticleGrammar.LawFirst,
        maxLength: 160);

    /// <summary>
    /// A book (one or two digits, <c>7A</c>), a colon and a digit, and <c>BW</c> as a word within reach: dates,
    /// times (<c>10:30</c>) and other numbers fail here without parsing.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + 1;
        if (i < text.Length && (char.IsDigit(text[i]) || text[i] == 'A'))
        {
            i++;
        }

        if (i + 1 >= text.Length || text[i] != ':' || !char.IsDigit(text[i + 1]))
        {
            return false;
        }

        var window = text.Slice(i, Math.Min(Reach, text.Length - i));
        var bw = window.IndexOf(" BW".AsSpan(), StringComparison.Ordinal);
        return bw >= 0 && (bw + 3 >= window.Length || !char.IsLetterOrDigit(window[bw + 3]));
    }
}
