using System;
using System.Linq;

namespace Citaties.Kinds;

/// <summary>
/// Anchors and cheap test for a lid written before its article (<see cref="ParagraphFirstGrammar"/>): a family
/// of the article kind. Anchored at the ordinal (<c>tweede</c>) or at <c>lid</c>/<c>leden</c> before numbers.
/// </summary>
internal static class ParagraphFirstFamily
{
    // How far "van artikel" may stand from the anchor: "eerste, tweede, vierde en vijfde lid van artikel".
    private const int Reach = 90;

    public static readonly CitationFamily Instance = new(
        "paragraphFirst",
        Enumerable.Range(1, DutchOrdinals.Max).Select(n => DutchOrdinals.ToWord(n)!).Concat(new[] { "lid", "leden" }).ToArray(),
        ParagraphFirstGrammar.Citations,
        plausible: IsPlausible,
        maxLength: 240);

    /// <summary>
    /// The anchor is a whole word (<c>lid</c> or <c>leden</c> followed by a number), and <c>van artikel</c> or
    /// <c>van art.</c> follows within reach: "het eerste lid" of a text's own article, "de leden van de Kamer" and
    /// "tweede Kamer" fail here without parsing.
    /// </summary>
    private static bool IsPlausible(ReadOnlySpan<char> text, int start, int length)
    {
        var end = start + length;
        if (end >= text.Length || char.IsLetterOrDigit(text[end]))
        {
            return false;
        }

        if (text[start] is 'l' or 'L' && (end + 1 >= text.Length || text[end] != ' ' || !char.IsDigit(text[end + 1])))
        {
            return false;
        }

        var window = text.Slice(end, Math.Min(Reach, text.Length - end));
        return window.IndexOf(" van artikel ".AsSpan(), StringComparison.Ordinal) >= 0
            || window.IndexOf(" van art. ".AsSpan(), StringComparison.Ordinal) >= 0;
    }
}
