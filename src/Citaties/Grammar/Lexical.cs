using System.Collections.Generic;
using System.Linq;
using Sprache;

namespace Citaties.Grammar;

/// <summary>
/// Tokens shared by every grammar family. The window they run on is normalised (see Scanning.Window):
/// all spaces are U+0020 and all dashes U+002D, so these parsers need not know Unicode variants.
/// </summary>
internal static class Lexical
{
    /// <summary>One or more spaces.</summary>
    public static readonly Parser<string> Space =
        Parse.Char(' ').AtLeastOnce().Return(" ").Named("space");

    /// <summary>Zero or more spaces.</summary>
    public static readonly Parser<string> OptionalSpace =
        Parse.Char(' ').Many().Return(string.Empty);

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
    public static readonly Parser<string> Digits =
        Parse.Chars("0123456789").AtLeastOnce().Text().Named("number");

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
    public static Parser<string> Word(string word) =>
        Parse.IgnoreCase(word).Text()
            .Then(w => Parse.Not(Parse.Letter).Return(w))
            .Named($"'{word}'");

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
