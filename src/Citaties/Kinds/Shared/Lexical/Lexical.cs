using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Tokens shared by every grammar family. The window they run on is normalised (see Scanning.Window):
/// all spaces are U+0020 and all dashes U+002D, so these parsers need not know Unicode variants.
/// </summary>
internal static class Lexical
{
    // The leaf parsers below are written out by hand: built from Parse.Char they allocate a closure, a
    // list node, a result and a formatted failure message per character, which the profile of Extract
    // showed as most of its allocation. Each keeps the exact behaviour of the combinator form it replaces
    // (value, remainder, and the position and expectations of a failure), which Sprache's error messages
    // and every `Or` after it depend on; LexicalTests checks them against those forms.
    private static readonly string[] SpaceExpected = { "space" };
    private static readonly string[] NumberExpected = { "number" };

    /// <summary>One or more spaces.</summary>
    public static readonly Parser<string> Space = input =>
    {
        var end = SkipSpaces(input);
        return end == input.Position
            ? Result.Failure<string>(input, FailureMessage(input), SpaceExpected)
            : Result.Success(" ", input.Skip(end - input.Position));
    };

    /// <summary>Zero or more spaces.</summary>
    public static readonly Parser<string> OptionalSpace = input =>
        Result.Success(string.Empty, input.Skip(SkipSpaces(input) - input.Position));

    /// <summary>A comma with optional spaces around it.</summary>
    public static readonly Parser<char> Comma =
        from _ in OptionalSpace
        from c in Parse.Char(',').Named("','")
        from __ in OptionalSpace
        select c;

    /// <summary>A comma, or just spaces where the comma was left out.</summary>
    public static readonly Parser<bool> CommaOrSpace =
        Comma.Return(true).Or(Space.Return(false));

    /// <summary>
    /// The word before the last item of a list, with the spaces around it: <c>en</c>, <c>of</c>,
    /// <c>onderscheidenlijk</c>, <c>respectievelijk</c>, <c>dan wel</c> (<c>eerste of derde lid</c>, <c>onder b of c</c>).
    /// </summary>
    public static readonly Parser<string> ListJoin =
        from _ in Space
        from word in Word("en").Or(Word("of")).Or(Word("onderscheidenlijk")).Or(Word("respectievelijk"))
            .Or(from dan in Word("dan") from space in Space from wel in Word("wel") select "dan wel")
        from __ in Space
        select word;

    /// <summary>A run of ASCII digits.</summary>
    public static readonly Parser<string> Digits = input =>
    {
        var source = input.Source;
        var end = input.Position;
        while (end < source.Length && source[end] is >= '0' and <= '9')
        {
            end++;
        }

        return end == input.Position
            ? Result.Failure<string>(input, FailureMessage(input), NumberExpected)
            : Result.Success(source.Substring(input.Position, end - input.Position), input.Skip(end - input.Position));
    };

    /// <summary>Exactly <paramref name="count"/> digits, not followed by another digit.</summary>
    public static Parser<string> DigitsExactly(int count) =>
        Parse.Chars("0123456789").Repeat(count).Text()
            .Then(d => Parse.Not(Parse.Digit).Return(d))
            .Named($"{count} digits");

    /// <summary>A four-digit year.</summary>
    public static readonly Parser<int> Year =
        DigitsExactly(4).Select(int.Parse).Named("year");

    /// <summary>A hyphen (every dash is a hyphen in the window).</summary>
    public static readonly Parser<char> Dash = Parse.Char('-').Named("'-'");

    /// <summary>A word matched case-insensitively that is not followed by a letter.</summary>
    public static Parser<string> Word(string word)
    {
        var expected = new[] { $"'{word}'" };
        var noExpectations = Array.Empty<string>();
        var literal = Literal(word, expected);
        return input =>
        {
            var read = literal(input);
            if (!read.WasSuccessful || read.Remainder.AtEnd || !char.IsLetter(read.Remainder.Current))
            {
                return read;
            }

            return Result.Failure<string>(read.Remainder, LetterNotExpected, noExpectations);
        };
    }

    /// <summary>
    /// <paramref name="text"/> matched case-insensitively, as written in the input: what
    /// <c>Parse.IgnoreCase(text).Text()</c> reads, without its allocation per character.
    /// </summary>
    public static Parser<string> Literal(string text) => Literal(text, new[] { text });

    /// <summary>
    /// <paramref name="text"/> in exactly these characters: what <c>Parse.String(text).Text()</c> reads, without its
    /// allocation per character.
    /// </summary>
    public static Parser<string> Exact(string text) => Literal(text, new[] { text }, ignoreCase: false);

    // A mismatch at the first character fails where it began, expecting `atStart`; a later one fails at
    // the mismatching character, expecting that character (as Sprache's chained Char parsers report it).
    private static Parser<string> Literal(string text, string[] atStart, bool ignoreCase = true)
    {
        var perChar = new string[text.Length][];
        for (var k = 0; k < text.Length; k++)
        {
            perChar[k] = new[] { text[k].ToString() };
        }

        return input =>
        {
            var source = input.Source;
            var start = input.Position;
            var matched = ignoreCase ? MatchedLength(source, start, text) : MatchedExactly(source, start, text);
            if (matched < text.Length)
            {
                var failedAt = matched == 0 ? input : input.Skip(matched);
                return Result.Failure<string>(failedAt, FailureMessage(failedAt), matched == 0 ? atStart : perChar[matched]);
            }

            return Result.Success(source.Substring(start, text.Length), input.Skip(text.Length));
        };
    }

    /// <summary>
    /// How many characters of <paramref name="text"/> match <paramref name="source"/> at <paramref name="start"/>,
    /// case-insensitively as <see cref="Literal(string)"/> compares; the whole length when all do.
    /// </summary>
    public static int MatchedLength(string source, int start, string text)
    {
        for (var k = 0; k < text.Length; k++)
        {
            var at = start + k;
            if (at >= source.Length || char.ToLower(source[at], CultureInfo.CurrentCulture) != char.ToLower(text[k], CultureInfo.CurrentCulture))
            {
                return k;
            }
        }

        return text.Length;
    }

    // As MatchedLength, comparing the characters as they are.
    private static int MatchedExactly(string source, int start, string text)
    {
        var k = 0;
        while (k < text.Length && start + k < source.Length && source[start + k] == text[k])
        {
            k++;
        }

        return k;
    }

    private static int SkipSpaces(IInput input)
    {
        var source = input.Source;
        var end = input.Position;
        while (end < source.Length && source[end] == ' ')
        {
            end++;
        }

        return end;
    }

    // Sprache's failure message is never shown (ParseError is built from the position and expectations),
    // so these parsers give a fixed one rather than format a string per failure.
    private static string FailureMessage(IInput at) => at.AtEnd ? EndOfInput : UnexpectedCharacter;

    private const string EndOfInput = "Unexpected end of input reached";
    private const string LetterNotExpected = "a letter was not expected";
    private const string UnexpectedCharacter = "unexpected character";

    /// <summary>The first of <paramref name="words"/> that matches as a whole word, longest tried first.</summary>
    public static Parser<string> AnyWord(IEnumerable<string> words) =>
        words.OrderByDescending(w => w.Length).Select(Word).Aggregate((a, b) => a.Or(b));

    /// <summary>A word matched case-insensitively, optionally followed by a full stop (<c>nr</c>, <c>nr.</c>).</summary>
    public static Parser<string> Abbreviation(string word) =>
        from w in Word(word)
        from dot in Parse.Char('.').Optional()
        select dot.IsDefined ? w + "." : w;

    /// <summary>End of input, or a character that cannot continue a token.</summary>
    public static readonly Parser<bool> Boundary =
        Parse.Not(Parse.LetterOrDigit).Return(true);
}
