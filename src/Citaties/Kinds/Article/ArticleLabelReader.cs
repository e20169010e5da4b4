using Citaties.Model;
using static Citaties.Kinds.FastLexical;

namespace Citaties.Kinds;

/// <summary>Article labels and ranges of them, read as <see cref="ArticleLabelGrammar"/> reads them.</summary>
internal static class ArticleLabelReader
{
    private const int MaxLowerSuffix = 3;
    private const int MaxSubsegments = 2;

    /// <summary>A label or a range of labels at <paramref name="p"/>; returns the end or <see cref="FastLexical.Fail"/>.</summary>
    public static int Item(string s, int p, out ArticleItem item, out RangeStyle style)
    {
        item = null!;
        style = RangeStyle.None;
        var firstEnd = Label(s, p, out var first);
        if (firstEnd < 0)
        {
            return Fail;
        }

        var last = string.Empty;
        var lastStart = RangeWord(s, firstEnd, out var rangeStyle);
        var lastEnd = lastStart >= 0 ? Label(s, lastStart, out last) : Fail;
        if (lastEnd < 0)
        {
            item = new ArticleItem(first);
            return firstEnd;
        }

        item = new ArticleItem(first, last);
        style = rangeStyle;
        return lastEnd;
    }

    /// <summary>An Arabic or Roman label and its value: the text it covers, a spaced Latin suffix joined on.</summary>
    public static int Label(string s, int p, out string value)
    {
        var end = Arabic(s, p, out value);
        if (end >= 0)
        {
            return end;
        }

        end = Roman(s, p);
        value = end >= 0 ? s.Substring(p, end - p) : string.Empty;
        return end;
    }

    private static int Arabic(string s, int p, out string value)
    {
        value = string.Empty;
        var joined = new LabelText(s, p);
        var end = Segment(s, p, ref joined);
        if (end < 0)
        {
            return Fail;
        }

        for (var k = 0; k < MaxSubsegments && end < s.Length && s[end] is ':' or '.'; k++)
        {
            var next = Segment(s, end + 1, ref joined);
            if (next < 0)
            {
                break;
            }

            end = next;
        }

        if (!NoLetterOrDigitAt(s, end))
        {
            return Fail;
        }

        value = joined.Complete(end);
        return end;
    }

    // Digits, a suffix or a book capital, and a Latin suffix after one space ("90 sexies"; not "ter").
    private static int Segment(string s, int p, ref LabelText joined)
    {
        var digits = Digits(s, p);
        if (digits < 0)
        {
            return Fail;
        }

        var end = Suffix(s, digits);
        if (end < 0)
        {
            // A capital of a book or chapter, only right before ':' or '.' and a digit (7A:1576).
            end = digits + 2 < s.Length && s[digits] is >= 'A' and <= 'Z' && s[digits + 1] is ':' or '.' && char.IsDigit(s[digits + 2])
                ? digits + 1
                : digits;
        }

        if (end < s.Length && s[end] == ' ')
        {
            foreach (var latin in ArticleLabelGrammar.LatinSuffixes)
            {
                var spaced = latin == "ter" ? Fail : Word(s, end + 1, latin);
                if (spaced >= 0)
                {
                    joined.Join(end, s.Substring(end + 1, spaced - end - 1).ToLowerInvariant(), spaced);
                    return spaced;
                }
            }
        }

        return end;
    }

    // A Latin suffix (case-sensitive), one to three lower-case letters or one capital, then no further letter.
    private static int Suffix(string s, int p)
    {
        var end = Fail;
        foreach (var latin in ArticleLabelGrammar.LatinSuffixes)
        {
            if (string.CompareOrdinal(s, p, latin, 0, latin.Length) == 0 && p + latin.Length <= s.Length)
            {
                end = p + latin.Length;
                break;
            }
        }

        if (end < 0)
        {
            end = p;
            while (end < s.Length && end - p < MaxLowerSuffix && char.IsLower(s[end]))
            {
                end++;
            }

            if (end == p && p < s.Length && s[p] is >= 'A' and <= 'Z')
            {
                // One capital, as ArticleLabelGrammar.Suffix reads it (7.13H).
                end = p + 1;
            }

            if (end == p)
            {
                return Fail;
            }
        }

        return NoLetterAt(s, end) ? end : Fail;
    }

    private static int Roman(string s, int p)
    {
        var end = p;
        while (end < s.Length && s[end] is 'I' or 'V' or 'X' or 'L' or 'C')
        {
            end++;
        }

        return end > p && NoLetterOrDigitAt(s, end) ? end : Fail;
    }

    // "tot en met" or "t/m" between spaces, or a dash with optional spaces.
    private static int RangeWord(string s, int p, out RangeStyle style)
    {
        var at = Space(s, p);
        if (at >= 0)
        {
            var word = Literal(s, at, "tot en met");
            style = RangeStyle.TotEnMet;
            if (word < 0)
            {
                word = Literal(s, at, "t/m");
                style = RangeStyle.TM;
            }

            var end = word >= 0 ? Space(s, word) : Fail;
            if (end >= 0)
            {
                return end;
            }
        }

        style = RangeStyle.Hyphen;
        var dash = Spaces(s, p);
        return dash < s.Length && s[dash] == '-' ? Spaces(s, dash + 1) : Fail;
    }

    /// <summary>The value of a label: its text, except that a spaced suffix is joined on in lower case.</summary>
    private struct LabelText
    {
        private readonly string source;
        private string? built;
        private int pieceStart;

        public LabelText(string source, int start)
        {
            this.source = source;
            pieceStart = start;
            built = null;
        }

        // The text up to pieceEnd, then the suffix; the next piece starts at resume.
        public void Join(int pieceEnd, string suffix, int resume)
        {
            built = (built ?? string.Empty) + source.Substring(pieceStart, pieceEnd - pieceStart) + suffix;
            pieceStart = resume;
        }

        public string Complete(int end) =>
            built is null ? source.Substring(pieceStart, end - pieceStart) : built + source.Substring(pieceStart, end - pieceStart);
    }
}
