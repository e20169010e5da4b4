using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// LJNs under every name people give them: <c>LJN: AB1234</c>, <c>LJN AB1234</c>, <c>LJN-nr. AJ9403</c>,
/// <c>LJN-nummer BQ8092</c>, <c>LJ-nummer</c>, <c>LJ-nr</c>, <c>lj nr.</c>, and <c>ELRO</c>, <c>ELRO-nummer</c>,
/// <c>ELRO nummer</c> (the system that issued them); the number also with a space inside (<c>LJN: BO 2145</c>).
/// The label and the number are kept as written, for CIT6004.
/// </summary>
internal static class LjnGrammar
{
    private static readonly Parser<char> AsciiLetter =
        Parse.Char(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z', "letter");

    /// <summary>The number word after the name: <c>-nr.</c>, <c>-nummer</c>, <c> nr.</c>.</summary>
    private static readonly Parser<string> NumberWord =
        from dash in Parse.Char('-').Or(Parse.Char(' '))
        from word in Lexical.Abbreviation("nummer").Or(Lexical.Abbreviation("nr"))
        select dash + word;

    private static readonly Parser<string> NoNumberWord = Parse.Return(string.Empty);

    /// <summary>The name: <c>LJN</c> or <c>ELRO</c>, with or without a number word; <c>LJ</c> only with one.</summary>
    private static readonly Parser<string> Name =
        (from ljn in Lexical.Word("LJN") from word in NumberWord.Or(NoNumberWord) select ljn + word)
        .Or(from lj in Lexical.Word("LJ") from word in NumberWord select lj + word)
        .Or(from elro in Lexical.Word("ELRO") from word in NumberWord.Or(NoNumberWord) select elro + word);

    /// <summary>The number: two letters and four digits, optionally with a space between them, as written.</summary>
    private static readonly Parser<string> Number =
        (from letters in AsciiLetter.Repeat(2).Text()
         from space in Parse.Char(' ').Optional()
         from digits in Lexical.DigitsExactly(4)
         from __ in Lexical.Boundary
         select space.IsDefined ? letters + " " + digits : letters + digits)
        .Named("LJN number (two letters, four digits)");

    /// <summary>An LJN citation.</summary>
    public static readonly Parser<LjnCitation> Ljn =
        (from name in Name
         from colon in Parse.Char(':').Optional()
         from _ in Lexical.OptionalSpace
         from number in Number
         select new LjnCitation
         {
             Value = number.Replace(" ", string.Empty).ToUpperInvariant(),
             Label = colon.IsDefined ? name + ":" : name,
             NumberAsWritten = number,
         })
        .Named("LJN");
}
