using System.Linq;
using Sprache;

using Citaties.Model;

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
        "Hof van Justitie EU", "Hof van Justitie", "Gerecht EU", "Gerecht EG", "EFTA-Hof", "HvJ EU", "HvJ EG", "HvJEU", "ABRvS", "ABRS", "CRvB", "EHRM", "GvEA",
        "PHR", "CBb", "CBB", "HvJ", "HR",
    };

    /// <summary>The words before the place of a court of appeal or district court.</summary>
    private static readonly string[] PlacedCourts = { "Gerechtshof", "Rechtbank", "Hof", "Rb.", "Rb" };

    private static readonly Parser<string> Abbreviation = CaseTokens.OneOf("court (HR, ABRvS, CRvB, ...)", Abbreviations);

    /// <summary>
    /// A place: capitalised words, single spaces between them (<c>Amsterdam</c>, <c>Den Haag</c>,
    /// <c>Arnhem-Leeuwarden</c>, <c>'s-Hertogenbosch</c>). Read by hand: it is read at every instance.
    /// </summary>
    private static readonly Parser<string> Place = input =>
    {
        var source = input.Source;
        var at = input.Position;
        var end = PlaceWordEnd(source, at);
        if (end < 0)
        {
            return Result.Failure<string>(input, "unexpected character", PlaceExpected);
        }

        while (end + 1 < source.Length && source[end] == ' ' && PlaceWordEnd(source, end + 1) is var next and > 0)
        {
            end = next;
        }

        return Result.Success(source.Substring(at, end - at), input.Skip(end - at));
    };

    private static readonly string[] PlaceExpected = { "place" };

    private static readonly Parser<(string Court, string? Place)> PlacedCourt =
        from court in CaseTokens.OneOf("court", PlacedCourts)
        from _ in CaseTokens.Space
        from place in Place
        select (court == "Rechtbank" ? "Rb." : court == "Gerechtshof" ? "Hof" : court, (string?)place);

    private static readonly Parser<(string Court, string? Place)> Instance =
        PlacedCourt.Or(Abbreviation.Select(a => (a, (string?)null))).Named("court");

    /// <summary><c>(zittingsplaats Haarlem)</c>: where a district court sat; also written after the date.</summary>
    public static readonly Parser<(string? Location, string? Qualifier)> SittingPlace =
        from open in CaseTokens.OneOf("'(zittingsplaats'", "(zittingsplaats ")
        from place in Place
        from close in CaseTokens.Close
        select ((string?)place, (string?)null);

    private static readonly Parser<string> QualifierText =
        Parse.Char(c => char.IsLetter(c) || c is '.' or ' ', "qualifier").Repeat(2, 30).Text();

    /// <summary><c>(vzr.)</c>, <c>(pres.)</c>, <c>(ktr.)</c>, <c>(GK)</c>, <c>(Grote kamer)</c>: letters, dots and spaces only.</summary>
    private static readonly Parser<(string? Location, string? Qualifier)> QualifierBracket =
        from open in CaseTokens.Open
        from text in QualifierText
        from close in CaseTokens.Close
        select ((string?)null, (string?)text.Trim());

    private static readonly Parser<(string? Location, string? Qualifier)> AnyBracket = SittingPlace.Or(QualifierBracket);

    private static readonly Parser<(string? Location, string? Qualifier)> Bracket =
        from _ in CaseTokens.Space
        from bracket in AnyBracket
        select bracket;

    /// <summary>A date with the month written out (<c>8 juli 2016</c>) or abbreviated as older decisions do (<c>3 nov. 1970</c>).</summary>
    public static readonly Parser<(int Day, int Month, int Year)> Date =
        (from day in CaseTokens.Day
         from _ in CaseTokens.Space
         from month in CaseTokens.Month
         from __ in CaseTokens.Space
         from year in CaseTokens.Year
         select (day, month, year))
        .Named("date (8 juli 2016)");

    /// <summary>
    /// Instance, brackets and date, sequenced by hand rather than with a query: this runs at every plausible anchor,
    /// and each step of a Sprache query allocates its closures.
    /// </summary>
    public static readonly Parser<CaseHead> Head = input =>
    {
        var instance = Instance(input);
        if (!instance.WasSuccessful)
        {
            return Result.Failure<CaseHead>(instance.Remainder, instance.Message, instance.Expectations);
        }

        string? location = null;
        string? qualifier = null;
        var rest = instance.Remainder;
        for (var bracket = Bracket(rest); bracket.WasSuccessful; bracket = Bracket(rest))
        {
            location ??= bracket.Value.Location;
            qualifier ??= bracket.Value.Qualifier;
            rest = bracket.Remainder;
        }

        var space = CaseTokens.Space(rest);
        var date = space.WasSuccessful ? Date(space.Remainder) : null;
        if (date is not { WasSuccessful: true })
        {
            return date is null
                ? Result.Failure<CaseHead>(space.Remainder, space.Message, space.Expectations)
                : Result.Failure<CaseHead>(date.Remainder, date.Message, date.Expectations);
        }

        var (court, place) = instance.Value;
        var (country, code) = CourtCodes.Resolve(court, place);
        var (day, month, year) = date.Value;
        var dateSpan = TextSpan.FromBounds(space.Remainder.Position, date.Remainder.Position);
        return Result.Success(
            new CaseHead(place is null ? court : court + " " + place, country, code, location, qualifier, day, month, year, dateSpan),
            date.Remainder);
    };

    // "'s-" or a capital, then letters and hyphens; the index after the word, or -1.
    private static int PlaceWordEnd(string source, int at)
    {
        var i = at;
        if (string.CompareOrdinal(source, i, "'s-", 0, 3) == 0)
        {
            i += 3;
        }

        if (i >= source.Length || !char.IsUpper(source[i]))
        {
            return -1;
        }

        i++;
        while (i < source.Length && (char.IsLetter(source[i]) || source[i] == '-'))
        {
            i++;
        }

        return i;
    }
}

/// <summary>What the head of a case citation says: the instance, its ECLI code, the brackets after it and the date.</summary>
internal sealed record CaseHead(
    string Court, string? CourtCountry, string? CourtCode, string? Location, string? Qualifier, int Day, int Month, int Year, TextSpan DateSpan);
