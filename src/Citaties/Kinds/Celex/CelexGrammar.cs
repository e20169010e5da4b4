using System.Globalization;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// CELEX numbers (citation-rules.md 9.3): sector, year, descriptor, number and suffixes, after an optional
/// label (<c>CELEX</c>, <c>CELEX:</c>, <c>celex-nummer</c>, <c>uri=CELEX:</c>). The parts are read leniently
/// (any digit count, up to three letters) so that a malformed number is recognised and reported, not skipped.
/// </summary>
internal static class CelexGrammar
{
    private static readonly Parser<char> AsciiLetter =
        Parse.Char(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z'), "letter");

    /// <summary><c>CELEX</c>, <c>CELEX:</c>, <c>CELEX-nummer</c>, <c>celex nr.</c>, <c>uri=CELEX:</c>.</summary>
    private static readonly Parser<string> Label =
        (from uri in Parse.IgnoreCase("uri=").Optional()
         from word in Lexical.Word("celex")
         from kind in (
             from separator in Parse.Char('-').Or(Parse.Char(' '))
             from name in Lexical.AnyWord(new[] { "nummer", "number", "nr", "no" })
             from dot in Parse.Char('.').Optional()
             select name).Optional()
         from _ in Lexical.OptionalSpace
         from colon in Parse.Char(':').Optional()
         from __ in Lexical.OptionalSpace
         select word)
        .Named("'CELEX'");

    private static readonly Parser<string> Suffix =
        (from r in Parse.IgnoreCase('R').Optional()
         from open in Parse.Char('(')
         from digits in Parse.Digit.Repeat(1, 3).Text()
         from close in Parse.Char(')')
         select (r.IsDefined ? "R" : string.Empty) + "(" + digits + ")")
        .Or(
            from dash in Parse.Char('-')
            from date in Lexical.DigitsExactly(8)
            select "-" + date)
        .Or(
            from country in AsciiLetter.Repeat(3).Text()
            from underscore in Parse.Char('_')
            from digits in Parse.Digit.AtLeastOnce().Text()
            select country.ToUpperInvariant() + "_" + digits);

    /// <summary>A CELEX number, optionally labelled.</summary>
    public static readonly Parser<CelexCitation> Celex =
        (from label in Label.Optional()
         from sector in Parse.Chars("0123456789CEce").Named("CELEX sector (0-9, C or E)")
         from year in Parse.Digit.Repeat(1, 5).Text().Named("year")
         from descriptor in AsciiLetter.Repeat(1, 3).Text().Named("CELEX descriptor (R, L, D, CJ, ...)")
         from number in Parse.Digit.Repeat(1, 6).Text().Named("document number")
         from suffixes in Suffix.Many()
         from end in Lexical.Boundary
         let suffix = string.Concat(suffixes)
         let upperDescriptor = descriptor.ToUpperInvariant()
         let upperSector = char.ToUpperInvariant(sector)
         select new CelexCitation
         {
             Value = upperSector + year + upperDescriptor + number + suffix,
             Sector = upperSector,
             YearText = year,
             Year = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture),
             Descriptor = upperDescriptor,
             Number = number,
             Suffix = suffix.Length == 0 ? null : suffix,
         })
        .Named("CELEX number");
}
