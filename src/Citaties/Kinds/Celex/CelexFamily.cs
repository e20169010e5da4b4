using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchor and cheap test for CELEX numbers. A bare CELEX number starts with a digit, which cannot be an
/// anchor, so in running text only a labelled one is found: <c>CELEX 32022R2065</c>, <c>uri=CELEX:32016R0679</c>.
/// </summary>
internal static class CelexFamily
{
    // "CELEX-nummer: " is the longest label before the number.
    private const int LabelLength = 16;

    public static readonly CitationFamily Instance = new(
        "celex",
        new[] { "celex" },
        CelexGrammar.Celex,
        plausible: DigitFollows,
        maxLength: 64);

    private static bool DigitFollows(ReadOnlySpan<char> text, int anchorStart, int anchorLength)
    {
        var end = Math.Min(text.Length, anchorStart + anchorLength + LabelLength);
        for (var i = anchorStart + anchorLength; i < end; i++)
        {
            var c = text[i];
            if (c is >= '0' and <= '9')
            {
                return true;
            }

            if (!(char.IsLetter(c) || char.IsWhiteSpace(c) || c is ':' or '-' or '.'))
            {
                return false;
            }
        }

        return false;
    }
}
