using System;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for labelled Kamerstuk citations: <c>Kamerstuk(ken)</c>, <c>Kamerbrief</c>,
/// <c>bijlage bij</c>, <c>TK</c>. The test asks for a digit, chamber or vergaderjaar word after the label, so
/// "de kamerstukken waarin" never reaches the grammar.
/// </summary>
internal static class KamerstukFamily
{
    public static readonly CitationFamily Instance = new(
        "kamerstuk",
        new[] { "kamerstuk", "kamerbrief", "bijlage bij", "tk ", "tk," },
        KamerstukGrammar.Kamerstuk,
        plausible: IsPlausible,
        maxLength: 220,
        fastPath: KamerstukFastPath.TryRead);

    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var after = start + length;
        switch (char.ToLowerInvariant(text[start]))
        {
            case 'b':
                // "bijlage bij" must be followed by a label this family knows.
                var next = ParliamentaryChecks.SkipSpacesAndCommas(text, after);
                return next < text.Length && (text[next] is 'k' or 'K' || (text[next] == 'T' && next + 1 < text.Length && text[next + 1] == 'K'));
            case 't':
                // Only the capitals "TK" stand for the Tweede Kamer.
                return text[start] == 'T' && text[start + 1] == 'K' && ParliamentaryChecks.CanFollowLabel(text, after);
            default:
                if (after + 3 <= text.Length && text.Slice(after, 3).Equals("ken".AsSpan(), StringComparison.OrdinalIgnoreCase))
                {
                    after += 3;
                }

                return ParliamentaryChecks.CanFollowLabel(text, after);
        }
    }
}
