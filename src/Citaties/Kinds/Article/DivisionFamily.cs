using System;
using System.Linq;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for parts of a law (<see cref="DivisionGrammar"/>): a second family of the article
/// kind, as its citations are article citations without an article.
/// </summary>
internal static class DivisionFamily
{
    // Spaces allowed between the keyword and the number ("hoofdstuk  5" over a line break).
    private const int MaxGap = 3;

    public static readonly CitationFamily Instance = new(
        "division",
        DivisionGrammar.UnitWords.Select(u => u.Word).ToArray(),
        DivisionGrammar.Citations,
        plausible: IsPlausible,
        maxLength: 200);

    /// <summary>
    /// A number must follow within a few spaces, and then what a law phrase starts with. The number is a digit, or
    /// capitals the grammar reads as one (Roman <c>IV</c>, <c>IIIb</c>; <c>onderdeel B</c>, <c>AA</c>); the law
    /// starts with <c>van</c> or a capital (<c>Awb</c>, <c>Boek 7</c>, <c>Wet ...</c>). "de titel van de wet",
    /// "Afdeling Bestuursrechtspraak", "hoofdstuk 5 hierna", "Bijlage I die ..." and a heading "Bijlage 33" over a line
    /// of capitals fail here without parsing.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = SkipSpaces(text, start + length);
        var end = i < text.Length && char.IsDigit(text[i]) ? ArabicEnd(text, i) : CapitalsEnd(text, i);
        if (end < 0)
        {
            return false;
        }

        if (end < text.Length && text[end] == ',')
        {
            end++;
        }

        // A line break after the number ends a heading ("Bijlage 33" over "KROPSLA"): no law follows there.
        var law = SkipSpaces(text, end);
        if (law == end || law >= text.Length || text.Slice(end, law - end).IndexOfAny('\n', '\r') >= 0)
        {
            return false;
        }

        return char.IsUpper(text[law]) || text.Slice(law).StartsWith("van ".AsSpan(), StringComparison.Ordinal);
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int i)
    {
        var gapEnd = Math.Min(text.Length, i + MaxGap + 1);
        while (i < gapEnd && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    // 5, 5A, 4.1.3.2: letters, digits and dots before a digit.
    private static int ArabicEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    // IV, IIIb, B, AA, then no further letter or digit; -1 otherwise.
    private static int CapitalsEnd(ReadOnlySpan<char> text, int i)
    {
        var start = i;
        var roman = true;
        while (i < text.Length && text[i] is >= 'A' and <= 'Z')
        {
            roman &= text[i] is 'I' or 'V' or 'X' or 'L' or 'C';
            i++;
        }

        var count = i - start;
        if (roman && count > 0 && i < text.Length && char.IsLower(text[i]))
        {
            i++;
        }

        var isNumber = count is 1 or 2 || (roman && count > 0);
        return isNumber && (i >= text.Length || !char.IsLetterOrDigit(text[i])) ? i : -1;
    }
}
