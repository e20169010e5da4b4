using System.Globalization;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The chamber and vergaderjaar tokens of <see cref="ParliamentaryTokens"/> as plain functions over the window, for
/// the Aanhangsel and Handelingen fast paths. Each takes the first alternative that matches, as the grammar's
/// <c>Or</c> does, and returns the index after what it read, or <see cref="FastLexical.Fail"/>.
/// </summary>
internal static class ChamberYearReader
{
    // ParliamentaryTokens.Chamber's alternatives in its order: Roman ones case-sensitively, spelled ones as words.
    private static readonly (string Text, Model.Chamber Chamber)[] RomanChambers =
    {
        ("I/II", Model.Chamber.Verenigde), ("I-II", Model.Chamber.Verenigde), ("VV", Model.Chamber.Verenigde), ("II", Model.Chamber.Tweede), ("I", Model.Chamber.Eerste),
        ("TK", Model.Chamber.Tweede), ("EK", Model.Chamber.Eerste),
    };

    // The digits taken for a chamber only before a vergaderjaar, after the spelled ones.
    private static readonly (string Text, Model.Chamber Chamber)[] DigitChambers =
    {
        ("11", Model.Chamber.Tweede), ("2", Model.Chamber.Tweede), ("1", Model.Chamber.Eerste),
    };

    private static readonly (string Text, Model.Chamber Chamber)[] SpelledChambers =
    {
        ("Tweede Kamer", Model.Chamber.Tweede), ("Eerste Kamer", Model.Chamber.Eerste), ("Verenigde Vergadering", Model.Chamber.Verenigde),
    };

    // ParliamentaryTokens.SessionYearWord's words, longest first as Lexical.AnyWord tries them.
    private static readonly string[] SessionYearWords = { "vergaderjaar", "zitting" };

    /// <summary>As <see cref="ParliamentaryTokens.Chamber"/>.</summary>
    public static int ReadChamber(string s, int p, out ChamberToken chamber)
    {
        foreach (var (text, value) in RomanChambers)
        {
            if (p + text.Length <= s.Length && string.CompareOrdinal(s, p, text, 0, text.Length) == 0
                && FastLexical.NoLetterOrDigitAt(s, p + text.Length))
            {
                chamber = new ChamberToken(value, text);
                return p + text.Length;
            }
        }

        foreach (var (text, value) in SpelledChambers)
        {
            var end = FastLexical.Word(s, p, text);
            if (end >= 0)
            {
                chamber = new ChamberToken(value, s.Substring(p, text.Length));
                return end;
            }
        }

        foreach (var (text, value) in DigitChambers)
        {
            if (p + text.Length <= s.Length && string.CompareOrdinal(s, p, text, 0, text.Length) == 0
                && FastLexical.NoLetterOrDigitAt(s, p + text.Length)
                && FastLexical.CommaOrSpace(s, p + text.Length) is var yearStart and >= 0
                && ReadSessionYear(s, yearStart, out _) >= 0)
            {
                chamber = new ChamberToken(value, text);
                return p + text.Length;
            }
        }

        chamber = default;
        return FastLexical.Fail;
    }

    /// <summary>
    /// A chamber and the optional comma or spaces after it, as the Aanhangsel and Handelingen grammars' optional
    /// chamber part; <paramref name="p"/> itself (and no chamber) when there is none.
    /// </summary>
    public static int OptionalChamberPart(string s, int p, out ChamberToken? chamber)
    {
        var end = ReadChamber(s, p, out var token);
        if (end < 0)
        {
            chamber = null;
            return p;
        }

        chamber = token;
        var separator = FastLexical.CommaOrSpace(s, end);
        return separator >= 0 ? separator : end;
    }

    /// <summary>As <see cref="ParliamentaryTokens.SessionYear"/>.</summary>
    public static int ReadSessionYear(string s, int p, out SessionYearToken year)
    {
        year = default;
        string? word = null;
        foreach (var candidate in SessionYearWords)
        {
            var wordEnd = FastLexical.Word(s, p, candidate);
            if (wordEnd >= 0)
            {
                // The word and its spaces are optional together: without a space after it, neither is read.
                var spaceEnd = FastLexical.Space(s, wordEnd);
                if (spaceEnd >= 0)
                {
                    word = s.Substring(p, candidate.Length);
                    p = spaceEnd;
                }

                break;
            }
        }

        var firstEnd = DigitsExactly(s, p, 4);
        if (firstEnd < 0 || firstEnd >= s.Length || s[firstEnd] is not ('/' or '-'))
        {
            return FastLexical.Fail;
        }

        var secondStart = firstEnd + 1;
        if (s[firstEnd] == '/' && secondStart < s.Length && s[secondStart] == '-')
        {
            // A year broken over a line: 2010/- 11.
            secondStart = FastLexical.Spaces(s, secondStart + 1);
        }

        var secondEnd = DigitsExactly(s, secondStart, 4);
        if (secondEnd < 0)
        {
            secondEnd = DigitsExactly(s, secondStart, 2);
            if (secondEnd < 0)
            {
                return FastLexical.Fail;
            }
        }

        var first = int.Parse(s.Substring(p, 4), CultureInfo.InvariantCulture);
        var secondText = s.Substring(secondStart, secondEnd - secondStart);
        year = new SessionYearToken(
            Model.SessionYear.FromParts(first, int.Parse(secondText, CultureInfo.InvariantCulture), secondText.Length),
            s.Substring(p, secondEnd - p),
            word);
        return secondEnd;
    }

    /// <summary>
    /// As <see cref="ParliamentaryTokens.NumberLabel"/> (<c>nr.</c>, <c>nrs</c>, <c>nummer</c>, with the spaces after
    /// it); <paramref name="text"/> is the label as the grammar gives it.
    /// </summary>
    public static int ReadNumberLabel(string s, int p, out string text)
    {
        text = string.Empty;
        var end = FastLexical.Literal(s, p, "nummers");
        end = end >= 0 ? end : FastLexical.Literal(s, p, "nummer");
        end = end >= 0 ? end : FastLexical.Literal(s, p, "nrs");
        end = end >= 0 ? end : FastLexical.Literal(s, p, "nr");
        if (end < 0)
        {
            return FastLexical.Fail;
        }

        var wordEnd = end;
        if (end < s.Length && s[end] == '.')
        {
            end++;
        }

        if (!FastLexical.NoLetterAt(s, end))
        {
            return FastLexical.Fail;
        }

        text = s.Substring(p, wordEnd - p) + (end > wordEnd ? "." : string.Empty);
        return FastLexical.Spaces(s, end);
    }

    /// <summary>As <see cref="Lexical.DigitsExactly"/>: <paramref name="count"/> ASCII digits not followed by any digit.</summary>
    private static int DigitsExactly(string s, int p, int count)
    {
        if (p + count > s.Length)
        {
            return FastLexical.Fail;
        }

        for (var k = p; k < p + count; k++)
        {
            if (s[k] is < '0' or > '9')
            {
                return FastLexical.Fail;
            }
        }

        return p + count < s.Length && char.IsDigit(s[p + count]) ? FastLexical.Fail : p + count;
    }
}
