using Citaties.Model;
using static Citaties.Grammar.FastPaths.FastLexical;

namespace Citaties.Grammar.FastPaths;

/// <summary>Article labels and ranges of them, read as <see cref="ArticleLabelGrammar"/> reads them.</summary>
internal static class ArticleLabelReader
{
    private static readonly string[] LatinSuffixes =
        { "quinquies", "sexies", "septies", "octies", "novies", "decies", "quater", "bis", "ter" };

    private const int MaxLowerSuffix = 3;
    private const int MaxSubsegments = 2;

    /// <summary>A label or a range of labels at <paramref name="p"/>; returns the end or <see cref="FastLexical.Fail"/>.</summary>
    public static int Item(string s, int p, out ArticleItem item, out RangeStyle style)
    {
        item = null!;
        style = RangeStyle.None;
        var firstEnd = Label(s, p);
        if (firstEnd < 0)
        {
            return Fail;
        }

        var first = s.Substring(p, firstEnd - p);
        var lastStart = RangeWord(s, firstEnd, out var rangeStyle);
        var lastEnd = lastStart >= 0 ? Label(s, lastStart) : Fail;
        if (lastEnd < 0)
        {
            item = new ArticleItem(first);
            return firstEnd;
        }

        item = new ArticleItem(first, s.Substring(lastStart, lastEnd - lastStart));
        style = rangeStyle;
        return lastEnd;
    }

    /// <summary>An Arabic or Roman label; its value is the text it covers.</summary>
    public static int Label(string s, int p)
    {
        var end = Arabic(s, p);
        return end >= 0 ? end : Roman(s, p);
    }

    private static int Arabic(string s, int p)
    {
        var end = Segment(s, p);
        if (end < 0)
        {
            return Fail;
        }

        for (var k = 0; k < MaxSubsegments && end < s.Length && s[end] is ':' or '.'; k++)
        {
            var next = Segment(s, end + 1);
            if (next < 0)
            {
                break;
            }

            end = next;
        }

        return NoLetterOrDigitAt(s, end) ? end : Fail;
    }

    private static int Segment(string s, int p)
    {
        var digits = Digits(s, p);
        if (digits < 0)
        {
            return Fail;
        }

        var suffix = Suffix(s, digits);
        if (suffix >= 0)
        {
            return suffix;
        }

        // A capital of a book or chapter, only right before ':' or '.' and a digit (7A:1576).
        return digits + 2 < s.Length && s[digits] is >= 'A' and <= 'Z' && s[digits + 1] is ':' or '.' && char.IsDigit(s[digits + 2])
            ? digits + 1
            : digits;
    }

    // A Latin suffix (case-sensitive) or one to three lower-case letters, then no further letter.
    private static int Suffix(string s, int p)
    {
        var end = Fail;
        foreach (var latin in LatinSuffixes)
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
}
