using System;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for the aanwijzingen of the Ar: the word <c>aanwijzing</c> (also the start of
/// <c>aanwijzingen</c>) and <c>Ar</c> with the space after it. Both start with a character pair that other anchors
/// already start with (<c>aanhangsel</c>, <c>artikel</c>), so the scanner's prefilter passes no more positions than
/// before. The cheap test wants a digit right after the word: <c>de aanwijzing van de minister</c> and <c>Ar</c> as
/// a word in prose never reach the grammar.
/// </summary>
internal static class GuidanceFamily
{
    public static readonly CitationFamily Instance = new(
        "guidance",
        new[] { "aanwijzing", "ar ", "ar\u00A0" },
        GuidanceGrammar.Aanwijzing.Select(c => (Citation)c),
        plausible: IsPlausible,
        maxLength: 120);

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var i = start + length;
        if (length <= 3)
        {
            // "Ar 3.29": the capital and small letter exactly, then digits and a dot.
            return text[start] == 'A' && text[start + 1] == 'r' && DigitsThenDot(text, i);
        }

        // "aanwijzing 3.29", "aanwijzingen 3.29 en 3.30"
        if (i + 1 < text.Length && text[i] is 'e' or 'E' && text[i + 1] is 'n' or 'N')
        {
            i += 2;
        }

        return i + 1 < text.Length && text[i] is ' ' or '\u00A0' && IsDigit(text[i + 1]);
    }

    private static bool DigitsThenDot(ReadOnlySpan<char> text, int i)
    {
        var first = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            i++;
        }

        return i > first && i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';
}
