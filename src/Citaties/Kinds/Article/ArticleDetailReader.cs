using System.Collections.Generic;
using System.Globalization;
using Citaties.Model;
using static Citaties.Kinds.FastLexical;

namespace Citaties.Kinds;

/// <summary>
/// What follows an article label (leden, onderdelen, zin, <c>(oud)</c>), read as the article grammar reads it
/// with <see cref="ParagraphGrammar"/> and <see cref="PartGrammar"/>, and combined the same way.
/// </summary>
internal static class ArticleDetailReader
{
    private const int MinOrdinalLength = 5;
    private const int MaxOrdinalLength = 24;

    /// <summary>What <c>(oud)</c> sets; records are immutable, so one instance serves every citation.</summary>
    public static readonly ArticleDetail OldDetail = new() { Old = true };

    private delegate int ValueReader(string s, int p, out string value);

    /// <summary>All details after a label (none is fine): returns the end, at least <paramref name="p"/>.</summary>
    public static int Details(string s, int p, out ArticleDetail details)
    {
        details = ArticleDetail.Empty;
        while (true)
        {
            var end = Detail(s, p, out var detail, out var added);
            if (end < 0 || end == p)
            {
                return p;
            }

            details = added ? details.Add(detail) : details.Merge(detail);
            p = end;
        }
    }

    /// <summary><c>(oud)</c> with an optional comma or space before it.</summary>
    public static int Old(string s, int p)
    {
        var at = CommaOrSpace(s, p);
        return Literal(s, at >= 0 ? at : p, "(oud)");
    }

    private static int Detail(string s, int p, out ArticleDetail detail, out bool added)
    {
        added = false;
        var at = CommaOrSpace(s, p);
        if (at >= 0)
        {
            var joiner = Word(s, at, "en");
            joiner = joiner >= 0 ? joiner : Word(s, at, "of");
            var afterJoiner = joiner >= 0 ? Space(s, joiner) : Fail;
            detail = ArticleDetail.Empty;
            var end = afterJoiner >= 0 ? OneDetail(s, afterJoiner, out detail) : Fail;
            if (end >= 0)
            {
                added = true;
                return end;
            }

            end = OneDetail(s, at, out detail);
            if (end >= 0)
            {
                return end;
            }
        }

        var oldEnd = Old(s, p);
        detail = oldEnd >= 0 ? OldDetail : ArticleDetail.Empty;
        return oldEnd;
    }

    private static int OneDetail(string s, int p, out ArticleDetail detail)
    {
        var end = Ordinals(s, p, out detail);
        end = end >= 0 ? end : Numbers(s, p, out detail);
        end = end >= 0 ? end : Aanhef(s, p, out detail);
        end = end >= 0 ? end : Subparts(s, p, out detail);
        end = end >= 0 ? end : Parts(s, p, out detail);
        return end >= 0 ? end : Sentence(s, p, out detail);
    }

    private static int Ordinal(string s, int p, out int number)
    {
        var end = p;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        var length = end - p;
        number = length is >= MinOrdinalLength and <= MaxOrdinalLength
            ? DutchOrdinals.Parse(s.Substring(p, length).ToLowerInvariant())
            : 0;
        return number > 0 ? end : Fail;
    }

    private static int LidWord(string s, int p)
    {
        var end = Word(s, p, "leden");
        return end >= 0 ? end : Word(s, p, "lid");
    }

    // " tot en met " or " t/m ".
    private static int Through(string s, int p, out RangeStyle style)
    {
        style = RangeStyle.TotEnMet;
        var at = Space(s, p);
        if (at < 0)
        {
            return Fail;
        }

        var word = Literal(s, at, "tot en met");
        if (word < 0)
        {
            style = RangeStyle.TM;
            word = Literal(s, at, "t/m");
        }

        return word >= 0 ? Space(s, word) : Fail;
    }

    private static int Ordinals(string s, int p, out ArticleDetail detail)
    {
        detail = ArticleDetail.Empty;
        var end = Ordinal(s, p, out var first);
        if (end < 0)
        {
            return Fail;
        }

        var numbers = new List<string> { first.ToString(CultureInfo.InvariantCulture) };
        var rangeStyle = RangeStyle.None;
        var rest = OrdinalRange(s, end, out var last, out var style);
        if (rest >= 0)
        {
            numbers.Add(last.ToString(CultureInfo.InvariantCulture));
            rangeStyle = style;
            end = rest;
        }
        else
        {
            var listed = new List<string>();
            rest = OrdinalList(s, end, listed);
            if (rest >= 0)
            {
                numbers.AddRange(listed);
                end = rest;
            }
        }

        var lid = Space(s, end);
        lid = lid >= 0 ? LidWord(s, lid) : Fail;
        if (lid < 0)
        {
            return Fail;
        }

        detail = ParagraphGrammar.Build(numbers.ToArray(), ParagraphStyle.Ordinal, rangeStyle);
        return lid;
    }

    private static int OrdinalRange(string s, int p, out int last, out RangeStyle style)
    {
        last = 0;
        var at = Through(s, p, out style);
        if (at < 0)
        {
            return Fail;
        }

        var het = Word(s, at, "het");
        var afterHet = het >= 0 ? Space(s, het) : Fail;
        return Ordinal(s, afterHet >= 0 ? afterHet : at, out last);
    }

    private static int OrdinalList(string s, int p, List<string> numbers)
    {
        while (true)
        {
            var middle = 0;
            var comma = Comma(s, p);
            var next = comma >= 0 ? Ordinal(s, comma, out middle) : Fail;
            if (next < 0)
            {
                break;
            }

            numbers.Add(middle.ToString(CultureInfo.InvariantCulture));
            p = next;
        }

        var last = 0;
        var join = ListJoin(s, p);
        var end = join >= 0 ? Ordinal(s, join, out last) : Fail;
        if (end < 0)
        {
            return Fail;
        }

        numbers.Add(last.ToString(CultureInfo.InvariantCulture));
        return end;
    }

    // A lid number: digits with at most one lower-case letter, then no letter or digit.
    private static int LidNumber(string s, int p, out string value)
    {
        value = string.Empty;
        var end = Digits(s, p);
        if (end < 0)
        {
            return Fail;
        }

        if (end < s.Length && char.IsLower(s[end]))
        {
            end++;
        }

        if (!NoLetterOrDigitAt(s, end))
        {
            return Fail;
        }

        value = s.Substring(p, end - p);
        return end;
    }

    private static int Numbers(string s, int p, out ArticleDetail detail)
    {
        detail = ArticleDetail.Empty;
        var lid = LidWord(s, p);
        var at = lid >= 0 ? Space(s, lid) : Fail;
        var first = string.Empty;
        var end = at >= 0 ? LidNumber(s, at, out first) : Fail;
        if (end < 0)
        {
            return Fail;
        }

        var numbers = new List<string> { first };
        var rangeStyle = RangeStyle.None;
        var plural = lid - p > ParagraphGrammar.SingularLength; // "leden" may hold a list, "lid" one number or a range
        var through = Through(s, end, out var style);
        if (through < 0 && end < s.Length && s[end] == '-')
        {
            through = end + 1;
            style = RangeStyle.Hyphen;
        }

        var last = string.Empty;
        var rangeEnd = through >= 0 ? LidNumber(s, through, out last) : Fail;
        if (rangeEnd >= 0)
        {
            numbers.Add(last);
            rangeStyle = style;
            end = rangeEnd;
        }
        else if (plural)
        {
            var listed = new List<string>();
            var listEnd = ListOf(s, end, LidNumber, listed);
            if (listEnd >= 0)
            {
                numbers.AddRange(listed);
                end = listEnd;
            }
        }

        detail = ParagraphGrammar.Build(numbers.ToArray(), ParagraphStyle.Number, rangeStyle) with { ParagraphListOpen = plural && numbers.Count == 1 };
        return end;
    }

    // The rest of a list after its first value: (", " value)* join value; Fail when the join or last value is missing.
    private static int ListOf(string s, int p, ValueReader value, List<string> values)
    {
        while (true)
        {
            var middle = string.Empty;
            var comma = Comma(s, p);
            var next = comma >= 0 ? value(s, comma, out middle) : Fail;
            if (next < 0)
            {
                break;
            }

            values.Add(middle);
            p = next;
        }

        var last = string.Empty;
        var join = ListJoin(s, p);
        var end = join >= 0 ? value(s, join, out last) : Fail;
        if (end < 0)
        {
            return Fail;
        }

        values.Add(last);
        return end;
    }

    // A list of values: the first, then optionally the rest; Fail when there is no first.
    private static int List(string s, int p, ValueReader value, out IReadOnlyList<string> values)
    {
        values = System.Array.Empty<string>();
        var end = value(s, p, out var first);
        if (end < 0)
        {
            return Fail;
        }

        var all = new List<string> { first };
        var rest = new List<string>();
        var restEnd = ListOf(s, end, value, rest);
        if (restEnd >= 0)
        {
            all.AddRange(rest);
            end = restEnd;
        }

        values = all.ToArray();
        return end;
    }

    private static int Sentence(string s, int p, out ArticleDetail detail)
    {
        detail = ArticleDetail.Empty;
        string number;
        var end = Ordinal(s, p, out var ordinal);
        if (end >= 0)
        {
            number = ordinal.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            end = Digits(s, p);
            if (end >= 0 && end < s.Length && s[end] == 'e')
            {
                number = s.Substring(p, end - p);
                end++;
            }
            else
            {
                end = Word(s, p, "laatste");
                number = "laatste";
            }
        }

        var at = end >= 0 ? Space(s, end) : Fail;
        var word = at >= 0 ? Word(s, at, "volzin") : Fail;
        word = word >= 0 || at < 0 ? word : Word(s, at, "zin");
        if (word < 0)
        {
            return Fail;
        }

        detail = new ArticleDetail { Sentence = number };
        return word;
    }

    private static int PartWord(string s, int p, out PartStyle style)
    {
        foreach (var (word, wordStyle) in PartGrammar.PartWords)
        {
            var end = Word(s, p, word);
            if (end >= 0)
            {
                style = wordStyle;
                return end;
            }
        }

        style = PartStyle.None;
        return Fail;
    }

    private static int Letter(string s, int p, out string value)
    {
        var end = PartGrammar.LetterEnd(s, p);
        value = end < 0 ? string.Empty : s.Substring(p, end - p);
        return end;
    }

    private static int NumberedPart(string s, int p, out string value)
    {
        value = string.Empty;
        var end = Digits(s, p);
        if (end < 0 || !NoLetterOrDigitAt(s, end) || (end < s.Length && s[end] is '°' or 'º'))
        {
            return Fail;
        }

        value = s.Substring(p, end - p);
        return end;
    }

    private static int Degree(string s, int p, out string value)
    {
        value = string.Empty;
        var end = Digits(s, p);
        if (end < 0 || end >= s.Length || s[end] is not ('°' or 'º'))
        {
            return Fail;
        }

        value = s.Substring(p, end - p) + "°";
        return end + 1;
    }

    private static int Degrees(string s, int p, out IReadOnlyList<string> values)
    {
        var first = Degree(s, p, out var from);
        if (first >= 0)
        {
            var dash = Spaces(s, first);
            var to = string.Empty;
            var last = dash < s.Length && s[dash] == '-' ? Degree(s, Spaces(s, dash + 1), out to) : Fail;
            if (last >= 0)
            {
                values = new[] { from, to };
                return last;
            }
        }

        return List(s, p, Degree, out values);
    }

    private static int Subparts(string s, int p, out ArticleDetail detail)
    {
        detail = ArticleDetail.Empty;
        var word = PartWord(s, p, out var style);
        var at = word >= 0 ? Space(s, word) : Fail;
        IReadOnlyList<string> values = System.Array.Empty<string>();
        var end = at >= 0 ? Degrees(s, at, out values) : Fail;
        if (end < 0)
        {
            return Fail;
        }

        detail = new ArticleDetail { Subparts = values, SubpartStyle = style };
        return end;
    }

    private static int Parts(string s, int p, out ArticleDetail detail)
    {
        detail = ArticleDetail.Empty;
        var word = PartWord(s, p, out var style);
        var at = word >= 0 ? Space(s, word) : Fail;
        if (at < 0)
        {
            return Fail;
        }

        var end = List(s, at, Letter, out var values);
        if (end < 0 && style is PartStyle.Onderdeel or PartStyle.Sub)
        {
            end = List(s, at, NumberedPart, out values);
        }

        if (end < 0)
        {
            return Fail;
        }

        detail = new ArticleDetail { Parts = values, PartStyle = style };
        return end;
    }

    private static int Aanhef(string s, int p, out ArticleDetail detail)
    {
        detail = ArticleDetail.Empty;
        var end = Word(s, p, "aanhef");
        if (end < 0)
        {
            return Fail;
        }

        var part = ArticleDetail.Empty;
        var and = Space(s, end);
        and = and >= 0 ? Word(s, and, "en") : Fail;
        and = and >= 0 ? Space(s, and) : Fail;
        if (and >= 0)
        {
            var partEnd = Subparts(s, and, out part);
            partEnd = partEnd >= 0 ? partEnd : Parts(s, and, out part);
            if (partEnd >= 0)
            {
                end = partEnd;
            }
            else
            {
                part = ArticleDetail.Empty;
            }
        }

        detail = part with { Aanhef = true };
        return end;
    }
}
