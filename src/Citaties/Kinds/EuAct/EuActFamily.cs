using System;

namespace Citaties.Kinds;

/// <summary>Anchors and cheap test for EU acts cited by number: <c>Verordening (EU) 2022/2065</c>.</summary>
internal static class EuActFamily
{
    // How far after the anchor the act number may start: "Gedelegeerde Verordening (EU, Euratom) nr. " fits.
    private const int NumberSearchLength = 48;

    public static readonly CitationFamily Instance = new(
        "euAct",
        new[]
        {
            "verordening", "richtlijn", "besluit", "uitvoeringsverordening", "uitvoeringsrichtlijn", "uitvoeringsbesluit",
            "kaderbesluit", "gedelegeerd", "regulation", "directive", "decision", "implementing", "delegated", "framework",
        },
        EuActGrammar.EuAct,
        plausible: NumberFollows,
        maxLength: 96);

    // "verordening", "besluit" and "richtlijn" are everyday Dutch words: go on only when an act number
    // (digits, a slash, a digit) follows after nothing but words, spaces, brackets, commas and dots.
    private static bool NumberFollows(ReadOnlySpan<char> text, int anchorStart, int anchorLength)
    {
        var end = Math.Min(text.Length, anchorStart + anchorLength + NumberSearchLength);
        for (var i = anchorStart + anchorLength; i < end; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                return DigitsThenSlashThenDigit(text, i);
            }

            if (!(char.IsLetter(c) || char.IsWhiteSpace(c) || c is '(' or ')' or ',' or '.'))
            {
                return false;
            }
        }

        return false;
    }

    private static bool DigitsThenSlashThenDigit(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        return i + 1 < text.Length && text[i] == '/' && text[i + 1] is >= '0' and <= '9';
    }
}
