using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Where a law named alone begins and ends around its anchor: the longest run of words, starting with a capital at
/// the anchor's word or up to <see cref="WordsBefore"/> words before it and reaching past the anchor's word, that the
/// catalog knows as a title (a citeertitel of its own entries or of the BWB titles of 2012, or a treaty's title).
/// The catalog decides, not a guess at where a title ends: <c>de Jeugdwet en de Participatiewet</c> gives two laws,
/// <c>een natuurwet</c> none.
/// </summary>
internal static class LawTitleReader
{
    /// <summary>How many source characters after the anchor a title may run.</summary>
    public const int MaxLength = 160;

    /// <summary>How many words before the anchor's word a title may start (<c>Wet op de jeugdzorg</c> is anchored at its start; <c>Algemene wet bestuursrecht</c> one word in).</summary>
    private const int WordsBefore = 3;

    private const int MaxWords = 16;

    /// <summary>The look-behind step of <see cref="LawFamily"/>.</summary>
    public static IReadOnlyList<Citation>? Resolve(string window, int anchorIndex, IReadOnlyList<Citation> parsed)
    {
        var anchorWordStart = anchorIndex;
        while (anchorWordStart > 0 && LawFamily.IsTitleLetter(window[anchorWordStart - 1]))
        {
            anchorWordStart--;
        }

        var anchorWordEnd = parsed[0].Span.End;
        var starts = new List<int>(WordsBefore + 1) { anchorWordStart };
        for (var at = anchorWordStart; starts.Count <= WordsBefore && PreviousWord(window, at) is var previous and >= 0; at = previous)
        {
            starts.Add(previous);
        }

        var catalog = LawCatalog.Default;
        for (var k = starts.Count - 1; k >= 0; k--)
        {
            var start = starts[k];
            if (!char.IsUpper(window[start]) || LawFamily.IsDeterminer(window.AsSpan(start, WordLength(window, start))))
            {
                continue;
            }

            var end = LongestKnownTitle(window, start, anchorWordEnd, catalog);
            if (end > 0)
            {
                var text = window.Substring(start, end - start);
                return new Citation[] { new LawCitation { LawText = text, Span = TextSpan.FromBounds(start, end) } };
            }
        }

        return null;
    }

    // The end of the longest title from `start` that reaches `mustReach`; 0 when none is known.
    private static int LongestKnownTitle(string window, int start, int mustReach, LawCatalog catalog)
    {
        var ends = new List<int>(MaxWords);
        var at = start;
        while (ends.Count < MaxWords && at < window.Length)
        {
            var end = at;
            while (end < window.Length && (LawFamily.IsTitleLetter(window[end]) || char.IsDigit(window[end])))
            {
                end++;
            }

            // A word starts with a letter or digit: a dash standing alone ("Woningwet - ") ends the title, though the
            // catalog's folding would ignore it.
            if (end == at || end - start > MaxLength || !char.IsLetterOrDigit(window[at]))
            {
                break;
            }

            ends.Add(end);
            if (end + 1 >= window.Length || window[end] != ' ')
            {
                break;
            }

            at = end + 1;
        }

        for (var k = ends.Count - 1; k >= 0 && ends[k] >= mustReach; k--)
        {
            var title = window.Substring(start, ends[k] - start);
            if (catalog.FindByTitle(title).Found || catalog.FindTreaty(title).Found)
            {
                return ends[k];
            }
        }

        return 0;
    }

    private static int WordLength(string window, int start)
    {
        var end = start;
        while (end < window.Length && LawFamily.IsTitleLetter(window[end]))
        {
            end++;
        }

        return end - start;
    }

    // The start of the word before the one at `wordStart`, one space between; -1 when there is none.
    private static int PreviousWord(string window, int wordStart)
    {
        var end = wordStart - 1;
        if (end < 1 || window[end] != ' ')
        {
            return -1;
        }

        var start = end;
        while (start > 0 && LawFamily.IsTitleLetter(window[start - 1]))
        {
            start--;
        }

        return start < end ? start : -1;
    }
}
