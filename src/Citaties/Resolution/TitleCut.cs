using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// Cuts an article citation back to the part of its title the catalog knows: in <c>artikel 125p van het Wetboek
/// van Strafvordering bevelen</c> the grammar cannot know where the title ends, the catalog can. The grammar stays
/// free of the catalog; the resolver corrects the span here.
/// </summary>
internal static class TitleCut
{
    /// <summary>
    /// The citation with <see cref="ArticleCitation.LawText"/> set to <paramref name="known"/>, and its span and text
    /// ending after it when the citation's text ends with the rest of the title. A citation of an enumeration that
    /// does not cover the title, or whose title is followed by more (<c>(oud)</c>), keeps its span.
    /// </summary>
    public static ArticleCitation Apply(ArticleCitation citation, string known)
    {
        var rest = citation.LawText!.Substring(known.Length);
        var cut = CutBefore(citation.Text, rest);
        if (cut < 0)
        {
            return citation with { LawText = known };
        }

        return citation with
        {
            LawText = known,
            Span = new TextSpan(citation.Span.Start, cut),
            Text = citation.Text.Substring(0, cut),
        };
    }

    /// <summary>
    /// Where <paramref name="text"/> ends before <paramref name="rest"/> (white space before it excluded), or -1
    /// when the text does not end with it. The rest comes from the normalised window: spaces stand for any white
    /// space, '-' for any dash, and a word broken by a hyphen at a line end is joined.
    /// </summary>
    internal static int CutBefore(string text, string rest)
    {
        var i = text.Length - 1;
        var j = rest.Length - 1;
        var matched = 0;
        while (j >= 0)
        {
            if (rest[j] == ' ')
            {
                j--;
                continue;
            }

            if (i < 0)
            {
                return -1;
            }

            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '\u00AD')
            {
                i--;
                continue;
            }

            if (c == rest[j] || (rest[j] == '-' && IsDash(c)))
            {
                i--;
                j--;
                matched++;
                continue;
            }

            // "Straf-\nvordering" reads as "Strafvordering" in the window.
            if (IsDash(c) && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))
            {
                i--;
                continue;
            }

            return -1;
        }

        // The rest must start a word of its own.
        if (matched == 0 || i < 0 || !char.IsWhiteSpace(text[i]))
        {
            return -1;
        }

        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i + 1;
    }

    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';
}
