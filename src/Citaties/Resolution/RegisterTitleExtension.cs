using System;
using System.Text;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// Extends a title the grammar ended too early to a title of the register of BWB titles that the text goes on with:
/// the grammar stops before an all-capital word, a comma or a year (<c>Besluit</c> of <c>Besluit GZP
/// BakkersFinancieringsFonds 2006</c>, <c>Besluit kerninstallaties</c> of <c>Besluit kerninstallaties, splijtstoffen en
/// ertsen</c>), and eighteen thousand titles are too many to teach it. Asked only for a title the catalog's own entries
/// do not know, so text that names only known laws never reads the register.
/// </summary>
internal static class RegisterTitleExtension
{
    // As for the catalog's own titles (TitleExtension): no title runs longer past what the grammar read.
    private const int MaxExtraWords = 16;

    /// <summary>The citation extended to the longest register title its text goes on with; null when there is none.</summary>
    public static ArticleCitation? Extend(ArticleCitation citation, string source, LawCatalog catalog)
    {
        if (catalog.Register is null || !TitleExtension.EndsWithItsLaw(citation, source)
            || catalog.FindByTitle(citation.LawText!, citation.Book, withRegister: false).Found)
        {
            return null;
        }

        var read = citation.LawText!;

        // The title read so far with the whole words after it, one space between each (as TitleExtension.Words
        // writes them), grown a word at a time: rebuilding it from the text for every word cost more than the lookups.
        var title = new StringBuilder(read);
        var bestEnd = -1;
        var position = citation.Span.End;
        for (var extra = 0; extra < MaxExtraWords; extra++)
        {
            var start = position;
            while (start < source.Length && char.IsWhiteSpace(source[start]))
            {
                start++;
            }

            var end = start;
            while (end < source.Length && !char.IsWhiteSpace(source[end]))
            {
                end++;
            }

            if (end == start)
            {
                break;
            }

            position = end;
            var wordEnd = end;
            while (wordEnd > start && TitleExtension.IsTrailingPunctuation(source[wordEnd - 1]))
            {
                wordEnd--;
            }

            var titleLength = title.Length;
            title.Append(' ').Append(source, start, wordEnd - start);
            if (wordEnd > start && catalog.FindInRegister(title.ToString()).Found)
            {
                bestEnd = wordEnd;
            }

            title.Length = titleLength;
            title.Append(' ').Append(source, start, end - start);
        }

        if (bestEnd < 0)
        {
            return null;
        }

        return TitleExtension.ExtendTo(citation, source, read + " " + TitleExtension.Words(source, citation.Span.End, bestEnd), bestEnd);
    }
}
