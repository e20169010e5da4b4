using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// LJNs: <c>LJN: AB1234</c>, <c>LJN AB1234</c>, <c>LJN-nr. AJ9403</c>, <c>LJN-nummer BQ8092</c>, and the
/// <c>LJN: BO 2145</c> with a space seen in real decisions.
/// </summary>
internal static class LjnGrammar
{
    private static readonly Parser<char> AsciiLetter =
        Parse.Char(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z', "letter");

    /// <summary>The label after <c>LJN</c>: <c>-nr.</c>, <c>-nummer</c>, <c> nr.</c>.</summary>
    private static readonly Parser<string> Label =
        from dash in Parse.Char('-').Or(Parse.Char(' '))
        from word in Lexical.Abbreviation("nummer").Or(Lexical.Abbreviation("nr"))
        select word;

    /// <summary>The number: two letters and four digits, optionally with a space between them.</summary>
    private static readonly Parser<string> Number =
        (from letters in AsciiLetter.Repeat(2).Text()
         from _ in Parse.Char(' ').Optional()
         from digits in Lexical.DigitsExactly(4)
         from __ in Lexical.Boundary
         select (letters + digits).ToUpperInvariant())
        .Named("LJN number (two letters, four digits)");

    /// <summary>An LJN citation.</summary>
    public static readonly Parser<LjnCitation> Ljn =
        (from ljn in Lexical.Word("LJN")
         from label in Label.Optional()
         from colon in Parse.Char(':').Optional()
         from _ in Lexical.OptionalSpace
         from number in Number
         select new LjnCitation { Value = number })
        .Named("LJN");
}
