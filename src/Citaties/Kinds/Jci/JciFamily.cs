using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for Juriconnect references: <c>jci1.3:c:BWBR...</c>, and the KOOP metadata form
/// without the prefix (<c>1.0:c:BWBR...</c>, <c>1.0:v:BWBR...</c>) as found in BWB XML.
/// </summary>
internal static class JciFamily
{
    public static readonly CitationFamily Instance = new(
        "jci",
        new[] { "jci", "1.0:c:", "1.0:v:" },
        JciGrammar.Jci,
        plausible: Plausible,
        maxLength: 240);

    // After "jci" a version digit must follow; after "1.0:c:" a BWB id.
    private static bool Plausible(ReadOnlySpan<char> text, int anchorStart, int anchorLength)
    {
        var next = anchorStart + anchorLength;
        if (text[anchorStart] is 'j' or 'J')
        {
            return next < text.Length && text[next] is >= '0' and <= '9';
        }

        return next + 3 <= text.Length && text.Slice(next, 3).Equals("bwb".AsSpan(), StringComparison.OrdinalIgnoreCase);
    }
}
