using System;
using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Tokens of case citations read by hand, as <see cref="Lexical"/> reads its own: the case grammar tries many
/// alternatives at each comma (an ECLI, a journal, a case number, a pinpoint, ...), and built from
/// <c>Parse.String</c> each failing alternative allocated a message and a list per character, which made a case
/// citation cost over 100 KB to read. These fail with a fixed message and allocate nothing on failure.
/// </summary>
internal static class CaseTokens
{
    private const string Unexpected = "unexpected character";

    /// <summary>
    /// The first of <paramref name="words"/> (longest tried first) written at the input in exactly these capitals,
    /// not followed by a letter or digit when the word ends in one (<c>HR</c> is not the start of <c>HRM</c>, but
    /// <c>Rb.</c> may stand before anything).
    /// </summary>
    public static Parser<string> OneOf(string name, params string[] words)
    {
        var ordered = words.OrderByDescending(w => w.Length).ToArray();
        var expected = new[] { name };
        return input =>
        {
            var source = input.Source;
            var at = input.Position;
            foreach (var word in ordered)
            {
                if (string.CompareOrdinal(source, at, word, 0, word.Length) == 0
                    && at + word.Length <= source.Length
                    && (!char.IsLetterOrDigit(word[word.Length - 1]) || at + word.Length == source.Length || !char.IsLetterOrDigit(source[at + word.Length])))
                {
                    return Result.Success(word, input.Skip(word.Length));
                }
            }

            return Result.Failure<string>(input, Unexpected, expected);
        };
    }

    /// <summary>
    /// <paramref name="parser"/>, run only where its first character can stand: elsewhere it fails at once, without
    /// the failures of its alternatives (each of which allocates in Sprache).
    /// </summary>
    public static Parser<T> StartingWith<T>(string firstCharacters, string name, Parser<T> parser)
    {
        var expected = new[] { name };
        return input =>
            !input.AtEnd && firstCharacters.IndexOf(input.Current) >= 0
                ? parser(input)
                : Result.Failure<T>(input, Unexpected, expected);
    }

    // The single characters and joins of the case grammar (and their optional forms), built once: a factory called
    // inside a query would build its parser again at every match.
    public static readonly Parser<char> Space = Char(' ');
    public static readonly Parser<char> Dot = Char('.');
    public static readonly Parser<char> Slash = Char('/');
    public static readonly Parser<char> Hyphen = Char('-');
    public static readonly Parser<char> CommaChar = Char(',');
    public static readonly Parser<char> Open = Char('(');
    public static readonly Parser<char> Close = Char(')');
    public static readonly Parser<char> Star = Char('*');
    public static readonly Parser<IOption<char>> OptionalDot = Dot.Optional();
    public static readonly Parser<IOption<char>> OptionalSpace = Space.Optional();
    public static readonly Parser<IOption<char>> OptionalStar = Star.Optional();
    public static readonly Parser<string> En = OneOf("'en'", " en ");
    public static readonly Parser<string> EnOrAnd = OneOf("'en'", " en ", " and ");

    /// <summary>The character <paramref name="c"/>; as <c>Parse.Char</c>, without formatting a message when it is not there.</summary>
    public static Parser<char> Char(char c)
    {
        var expected = new[] { "'" + c + "'" };
        return input => !input.AtEnd && input.Current == c
            ? Result.Success(c, input.Skip(1))
            : Result.Failure<char>(input, Unexpected, expected);
    }

    /// <summary>
    /// A number as courts write case numbers: a digit first and last, digits, dots, slashes and hyphens between
    /// (<c>13/04993</c>, <c>200.123.456/01</c>, <c>22.716</c>), not followed by a letter or digit.
    /// </summary>
    public static readonly Parser<string> CaseNumber = input =>
    {
        var source = input.Source;
        var at = input.Position;
        var end = at;
        while (end < source.Length && source[end] is (>= '0' and <= '9') or '.' or '/' or '-')
        {
            end++;
        }

        // Punctuation at the end belongs to the sentence (13/04993. Het ...).
        while (end > at && source[end - 1] is '.' or '/' or '-')
        {
            end--;
        }

        var fits = end > at && source[at] is >= '0' and <= '9'
            && (end == source.Length || !char.IsLetterOrDigit(source[end]))
            && (end == source.Length || source[end] is not ('.' or '/' or '-') || !IsDigitAt(source, end + 1));
        return fits
            ? Result.Success(source.Substring(at, end - at), input.Skip(end - at))
            : Result.Failure<string>(input, Unexpected, CaseNumberExpected);
    };

    /// <summary>A day of the month: one or two digits, 1-31, not followed by another digit.</summary>
    public static readonly Parser<int> Day = input =>
    {
        var source = input.Source;
        var at = input.Position;
        var end = at;
        var day = 0;
        while (end < source.Length && end - at < 3 && source[end] is >= '0' and <= '9')
        {
            day = (day * 10) + (source[end] - '0');
            end++;
        }

        return end - at is 1 or 2 && day is >= 1 and <= 31
            ? Result.Success(day, input.Skip(end - at))
            : Result.Failure<int>(input, Unexpected, DayExpected);
    };

    private static bool IsDigitAt(string s, int i) => i < s.Length && s[i] is >= '0' and <= '9';

    /// <summary>A four-digit year not followed by another digit.</summary>
    public static readonly Parser<int> Year = input =>
    {
        var source = input.Source;
        var at = input.Position;
        var year = 0;
        for (var k = 0; k < 4; k++)
        {
            if (at + k >= source.Length || source[at + k] is < '0' or > '9')
            {
                return Result.Failure<int>(input, Unexpected, YearExpected);
            }

            year = (year * 10) + (source[at + k] - '0');
        }

        return at + 4 < source.Length && source[at + 4] is >= '0' and <= '9'
            ? Result.Failure<int>(input, Unexpected, YearExpected)
            : Result.Success(year, input.Skip(4));
    };

    /// <summary>
    /// A month written out (<c>juli</c>) or abbreviated as older decisions do (<c>nov.</c>, <c>dec.</c>, with or
    /// without the full stop), in any capitals; its number 1-12.
    /// </summary>
    public static readonly Parser<int> Month = input =>
    {
        var source = input.Source;
        var at = input.Position;
        var end = at;
        while (end < source.Length && char.IsLetter(source[end]))
        {
            end++;
        }

        for (var m = 0; m < DutchDateReader.MonthNames.Length; m++)
        {
            var names = DutchDateReader.MonthNames[m];
            for (var k = 0; k < names.Length; k++)
            {
                var name = names[k];
                if (end - at == name.Length && string.Compare(source, at, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    // An abbreviation takes its full stop along.
                    var after = k > 0 && end < source.Length && source[end] == '.' ? end + 1 : end;
                    return Result.Success(m + 1, input.Skip(after - at));
                }
            }
        }

        return Result.Failure<int>(input, Unexpected, MonthExpected);
    };

    private static readonly string[] DayExpected = { "day" };

    private static readonly string[] CaseNumberExpected = { "case number" };

    private static readonly string[] YearExpected = { "year" };

    private static readonly string[] MonthExpected = { "month" };
}
