using System;
using System.Collections.Generic;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules;

/// <summary>
/// The date written just before a citation: the decision date in <c>HR 29 januari 2016, ECLI:NL:HR:2016:162</c>
/// (CIT3007), the date of the law in <c>Wet van 28 maart 1985, Stb. 180</c> (CIT4001). "Just before" means: within
/// <see cref="Window"/> characters, in the same sentence and line, and with no other citation in between (that
/// citation would own the date), so that <c>HR 1 mei 2015, ECLI:NL:HR:2015:1 en ECLI:NL:HR:2016:2</c> gives the
/// second ECLI no date.
/// </summary>
internal static class PrecedingDate
{
    /// <summary>How far before the citation the date may start: room for a case number or party names between.</summary>
    public const int Window = 60;

    /// <summary>How far before the window a citation may start and still end inside it (citations are short).</summary>
    private const int LongestCitation = 400;

    /// <summary>Shortest lower-case word before a full stop that ends a sentence (shorter ones are abbreviations: <c>nr.</c>, <c>Rb.</c>, <c>J.</c>).</summary>
    private const int SentenceWordLength = 3;

    /// <summary>
    /// The date nearest before <paramref name="citation"/>, or null. A citation for which <paramref name="transparent"/>
    /// is true does not stand between (the LJN of the same decision in <c>HR 9 juli 2004, LJN AO7817, ECLI:...</c>).
    /// </summary>
    public static DutchDate? Find(RuleContext context, Citation citation, Func<Citation, bool>? transparent = null)
    {
        var text = context.Text;
        var end = Math.Min(citation.Span.Start, text.Length);
        var start = Math.Max(0, end - Window);
        start = AfterCitationsBefore(context.Citations, citation, start, end, transparent);
        start = AfterLastBreak(text, start, end);
        return DutchDateReader.TryFindLast(text, start, end, out var date) ? date : null;
    }

    /// <summary>Moves <paramref name="start"/> past every other citation that ends between it and <paramref name="end"/>.</summary>
    private static int AfterCitationsBefore(IReadOnlyList<Citation> citations, Citation citation, int start, int end, Func<Citation, bool>? transparent)
    {
        for (var k = FirstStartingAtOrAfter(citations, end) - 1; k >= 0; k--)
        {
            var other = citations[k];
            if (other.Span.Start < start - LongestCitation)
            {
                break;
            }

            if (!ReferenceEquals(other, citation) && other.Span.End <= end && other.Span.End > start && transparent?.Invoke(other) != true)
            {
                start = other.Span.End;
            }
        }

        return start;
    }

    /// <summary>The index of the first citation starting at or after <paramref name="offset"/> (citations are in text order).</summary>
    private static int FirstStartingAtOrAfter(IReadOnlyList<Citation> citations, int offset)
    {
        int low = 0, high = citations.Count;
        while (low < high)
        {
            var mid = (low + high) >> 1;
            if (citations[mid].Span.Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>Moves <paramref name="start"/> past the last line break or sentence end before <paramref name="end"/>.</summary>
    private static int AfterLastBreak(string text, int start, int end)
    {
        for (var i = end - 1; i >= start; i--)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2029' || (c is '.' or '!' or '?' && EndsSentence(text, i)))
            {
                return i + 1;
            }
        }

        return start;
    }

    /// <summary>
    /// True for a full stop after a number or a lower-case word of at least <see cref="SentenceWordLength"/> letters,
    /// followed by white space and a capital (which may start the citation itself): <c>ingesteld. Zie</c>,
    /// <c>2004. Zie</c>; not <c>nr. 12</c>, <c>m.nt. W.D.H.</c> or <c>Rb. Den Haag</c>.
    /// </summary>
    private static bool EndsSentence(string text, int stop)
    {
        var next = stop + 1;
        if (next >= text.Length || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || !char.IsUpper(text[next]))
        {
            return false;
        }

        if (stop > 0 && char.IsDigit(text[stop - 1]))
        {
            return true;
        }

        var letters = 0;
        for (var i = stop - 1; i >= 0 && char.IsLower(text[i]); i--)
        {
            letters++;
        }

        return letters >= SentenceWordLength;
    }
}
