using System.Linq;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The head of a case citation: the instance (<c>HR</c>, <c>Hof Arnhem-Leeuwarden</c>, <c>Rb. Den Haag
/// (zittingsplaats Haarlem)</c>, <c>ABRvS (vzr.)</c>, <c>HvJ EU</c>) and the date with the month written out
/// (<c>8 juli 2016</c>). Abbreviations are matched in their own capitals: <c>hr</c> or <c>het hof</c> in prose is no
/// instance.
/// </summary>
internal static class CaseInstanceGrammar
{
    /// <summary>The fixed abbreviations; the longest that matches wins (<c>HvJ EU</c> over <c>HvJ</c>).</summary>
    private static readonly string[] Abbreviations =
    {
        "Gerecht EU", "Gerecht EG", "EFTA-Hof", "HvJ EU", "HvJ EG", "HvJEU", "ABRvS", "ABRS", "CRvB", "EHRM", "GvEA",
        "PHR", "CBb", "CBB", "HvJ", "HR",
    };

    /// <summary>The words before the place of a court of appeal or district court.</summary>
    private static readonly string[] PlacedCourts = { "Gerechtshof", "Rechtbank", "Hof", "Rb.", "Rb" };

    private static readonly Parser<string> Abbreviation = CaseTokens.OneOf("court (HR, ABRvS, CRvB, ...)", Abbreviations);

    /// <summary>A word of a place name: <c>Amsterdam</c>, <c>Den</c>, <c>Arnhem-Leeuwarden</c>, <c>'s-Hertogenbosch</c>.</summary>
    private static readonly Parser<string> PlaceWord =
        (from prefix in CaseTokens.OneOf("'s-", "'s-").Optional()
         from first in Parse.Upper
         from rest in Parse.Char(c => char.IsLetter(c) || c == '-', "letter").Many().Text()
         select prefix.GetOrElse(string.Empty) + first + rest)
        .Named("place");

    private static readonly Parser<string> Place =
        from first in PlaceWord
        from more in (from _ in CaseTokens.Char(' ') from word in PlaceWord select " " + word).Many()
        select first + string.Concat(more);

    private static readonly Parser<(string Court, string? Place)> PlacedCourt =
        from court in CaseTokens.OneOf("court", PlacedCourts)
        from _ in CaseTokens.Char(' ')
        from place in Place
        select (court == "Rechtbank" ? "Rb." : court == "Gerechtshof" ? "Hof" : court, (string?)place);

    private static readonly Parser<(string Court, string? Place)> Instance =
        PlacedCourt.Or(Abbreviation.Select(a => (a, (string?)null))).Named("court");

    /// <summary><c>(zittingsplaats Haarlem)</c>: where a district court sat; also written after the date.</summary>
    public static readonly Parser<(string? Location, string? Qualifier)> SittingPlace =
        from open in CaseTokens.OneOf("'(zittingsplaats'", "(zittingsplaats ")
        from place in Place
        from close in CaseTokens.Char(')')
        select ((string?)place, (string?)null);

    /// <summary><c>(vzr.)</c>, <c>(pres.)</c>, <c>(ktr.)</c>, <c>(GK)</c>, <c>(Grote kamer)</c>: letters, dots and spaces only.</summary>
    private static readonly Parser<(string? Location, string? Qualifier)> QualifierBracket =
        from open in CaseTokens.Char('(')
        from text in Parse.Char(c => char.IsLetter(c) || c is '.' or ' ', "qualifier").Repeat(2, 30).Text()
        from close in CaseTokens.Char(')')
        select ((string?)null, (string?)text.Trim());

    private static readonly Parser<(string? Location, string? Qualifier)> Bracket =
        from _ in CaseTokens.Char(' ')
        from bracket in SittingPlace.Or(QualifierBracket)
        select bracket;

    /// <summary>A date with the month written out: <c>8 juli 2016</c>.</summary>
    public static readonly Parser<(int Day, int Month, int Year)> Date =
        (from day in CaseTokens.Day
         from _ in CaseTokens.Char(' ')
         from month in CaseTokens.Month
         from __ in CaseTokens.Char(' ')
         from year in CaseTokens.Year
         select (day, month, year))
        .Named("date (8 juli 2016)");

    /// <summary>Instance, brackets and date.</summary>
    public static readonly Parser<CaseHead> Head =
        from instance in Instance
        from brackets in Bracket.Many()
        from _ in CaseTokens.Char(' ')
        from date in Date
        let code = CourtCodes.Resolve(instance.Court, instance.Place)
        select new CaseHead(
            instance.Place is null ? instance.Court : instance.Court + " " + instance.Place,
            code.Country,
            code.Code,
            brackets.Select(b => b.Location).FirstOrDefault(l => l is not null),
            brackets.Select(b => b.Qualifier).FirstOrDefault(q => q is not null),
            date.Day,
            date.Month,
            date.Year);

}

/// <summary>What the head of a case citation says: the instance, its ECLI code, the brackets after it and the date.</summary>
internal sealed record CaseHead(
    string Court, string? CourtCountry, string? CourtCode, string? Location, string? Qualifier, int Day, int Month, int Year);
