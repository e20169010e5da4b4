using Citaties.Model;
using Citaties.Scanning;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// Finds where a part the grammar recorded as written (a vergaderjaar <c>2019-2020</c>, a dossier <c>28 638</c>,
/// a label) stands in the citation's source text, so a fix can replace just that part. The grammar saw a
/// normalised window (every dash '-', every white-space run ' ' where the record collapsed it, invisible
/// characters dropped); this applies the same normalisation while comparing, and parses nothing.
/// </summary>
internal static class WrittenPart
{
    /// <summary>
    /// The span, in offsets of the whole text, of the first place at or after <paramref name="from"/> (relative to the
    /// citation) where <paramref name="written"/> stands in <paramref name="citation"/>; null when it is not there.
    /// </summary>
    public static TextSpan? Find(Citation citation, string written, int from = 0)
    {
        var text = citation.Text;
        for (var start = from; start < text.Length; start++)
        {
            var end = MatchAt(text, start, written);
            if (end >= 0)
            {
                return TextSpan.FromBounds(citation.Span.Start + start, citation.Span.Start + end);
            }
        }

        return null;
    }

    // The end of the match of pattern at text[start], or -1. A space in the pattern matches a run of white space.
    private static int MatchAt(string text, int start, string pattern)
    {
        if (pattern.Length == 0 || IsInvisible(text[start]))
        {
            return -1;
        }

        var i = start;
        foreach (var p in pattern)
        {
            while (i < text.Length && IsInvisible(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                return -1;
            }

            if (p == ' ')
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return -1;
                }

                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                continue;
            }

            if (Window.Normalise(text[i]) != p)
            {
                return -1;
            }

            i++;
        }

        return i;
    }

    private static bool IsInvisible(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
