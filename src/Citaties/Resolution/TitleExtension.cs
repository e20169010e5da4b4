using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// Extends an article citation whose title the grammar ended too early to the catalog title the text goes on
/// with. The grammar stops a title before words prose puts after one (<c>in</c>, <c>bij</c>, <c>en de</c>), but
/// some citeertitels hold them: <c>Wet tarieven in strafzaken</c>, <c>Wet DNA-onderzoek bij veroordeelden</c>.
/// The catalog knows those titles, and the text shows whether it carries on with one. The counterpart of
/// <see cref="TitleCut"/>, which shortens a title the grammar read too far.
/// </summary>
internal static class TitleExtension
{
    // A citeertitel longer than this many words beyond what the grammar read is not looked for.
    private const int MaxExtraWords = 16;

    /// <summary>
    /// The citation with its title, span and text extended to the longest catalog title (or other title) that
    /// starts with the words of its <see cref="ArticleCitation.LawText"/> and whose further words follow its law
    /// in <paramref name="source"/>; null when there is none. Only for the citation of an enumeration whose span
    /// ends with its law.
    /// </summary>
    public static ArticleCitation? Extend(ArticleCitation citation, string source, LawCatalog catalog)
    {
        if (!EndsWithItsLaw(citation, source))
        {
            return null;
        }

        var read = citation.LawText!;
        var readWords = read.Split(' ');
        var candidates = catalog.TitleWords.StartingWith(CatalogKey.Fold(readWords[0].AsSpan()));
        if (candidates.Count == 0)
        {
            return null;
        }

        var folded = new string[readWords.Length];
        for (var i = 0; i < readWords.Length; i++)
        {
            folded[i] = CatalogKey.Fold(readWords[i].AsSpan());
        }

        var bestEnd = -1;
        var bestExtra = 0;
        foreach (var title in candidates)
        {
            var extra = title.Length - readWords.Length;
            if (extra <= bestExtra || extra > MaxExtraWords || !StartsWith(title, folded))
            {
                continue;
            }

            var end = FollowedBy(source, citation.Span.End, title, readWords.Length);
            if (end >= 0)
            {
                bestEnd = end;
                bestExtra = extra;
            }
        }

        if (bestEnd < 0)
        {
            return null;
        }

        return ExtendTo(citation, source, read + " " + Words(source, citation.Span.End, bestEnd), bestEnd);
    }

    /// <summary>
    /// True for a citation whose span ends with the law it names, the only kind whose title can be extended over the
    /// text that follows (the earlier articles of an enumeration take the extended title from the last).
    /// </summary>
    internal static bool EndsWithItsLaw(ArticleCitation citation, string source) =>
        citation.LawText is { Length: > 0 } && citation.LawSpan.Length > 0
        && citation.Span.Start + citation.LawSpan.End == citation.Span.End && citation.Span.End <= source.Length;

    /// <summary>The citation with its law text set to <paramref name="lawText"/> and its span, text and law span ending at <paramref name="end"/>.</summary>
    internal static ArticleCitation ExtendTo(ArticleCitation citation, string source, string lawText, int end) => citation with
    {
        LawText = lawText,
        Span = TextSpan.FromBounds(citation.Span.Start, end),
        Text = source.Substring(citation.Span.Start, end - citation.Span.Start),
        LawSpan = TextSpan.FromBounds(citation.LawSpan.Start, end - citation.Span.Start),
    };

    private static bool StartsWith(string[] title, string[] foldedWords)
    {
        for (var i = 0; i < foldedWords.Length; i++)
        {
            if (!string.Equals(title[i], foldedWords[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    // Where the words of title from index `from` on end in the source after `position`, each after white space;
    // -1 when the source does not go on with them. Punctuation may follow the last word only.
    private static int FollowedBy(string source, int position, string[] title, int from)
    {
        for (var i = from; i < title.Length; i++)
        {
            var start = position;
            while (start < source.Length && char.IsWhiteSpace(source[start]))
            {
                start++;
            }

            if (start == position)
            {
                return -1;
            }

            var end = start;
            while (end < source.Length && !char.IsWhiteSpace(source[end]))
            {
                end++;
            }

            if (i == title.Length - 1)
            {
                while (end > start && IsTrailingPunctuation(source[end - 1]))
                {
                    end--;
                }
            }

            if (end == start || !string.Equals(CatalogKey.Fold(source.AsSpan(start, end - start)), title[i], StringComparison.Ordinal))
            {
                return -1;
            }

            position = end;
        }

        return position;
    }

    /// <summary>The words between two offsets with one space between each, as the grammar writes a title.</summary>
    internal static string Words(string source, int from, int to) =>
        string.Join(" ", source.Substring(from, to - from).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Punctuation that may follow the last word of a title in the text.</summary>
    internal static bool IsTrailingPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?' or ')' or '"' or '\u201D';
}
