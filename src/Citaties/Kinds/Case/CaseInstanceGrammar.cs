using System;
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
    private static readonly Parser<(int Day, int Month, int Year)> WrittenDate =
        from day in CaseTokens.Day
        from _ in CaseTokens.Space
        from month in CaseTokens.Month
        from __ in CaseTokens.Space
        from year in CaseTokens.Year
        select (day, month, year);

    /// <summary>
    /// A date with the month as a number (<c>8-7-2016</c>, <c>08/07/2016</c>, <c>8.7.2016</c>), one separator
    /// throughout. Read so that CIT3012 can ask for the month written out; read by hand, as it is tried at every
    /// instance whose date is written out too.
    /// </summary>
    private static readonly Parser<(int Day, int Month, int Year)> NumericDate = input =>
    {
        var day = CaseTokens.Day(input);
        if (!day.WasSuccessful || day.Remainder.AtEnd || day.Remainder.Current is not ('-' or '/' or '.'))
        {
            return Result.Failure<(int, int, int)>(input, "unexpected character", NumericDateExpected);
        }

        var separator = day.Remainder.Current;
        var month = CaseTokens.Day(day.Remainder.Advance());
        if (!month.WasSuccessful || month.Value > 12 || month.Remainder.AtEnd || month.Remainder.Current != separator)
        {
            return Result.Failure<(int, int, int)>(input, "unexpected character", NumericDateExpected);
        }

        var year = CaseTokens.Year(month.Remainder.Advance());
        return year.WasSuccessful
            ? Result.Success((day.Value, month.Value, year.Value), year.Remainder)
            : Result.Failure<(int, int, int)>(input, "unexpected character", NumericDateExpected);
    };

    private static readonly string[] NumericDateExpected = { "date (8 juli 2016)" };

    /// <summary>The date of the decision: with the month written out, or as numbers (<c>8-7-2016</c>).</summary>
    public static readonly Parser<(int Day, int Month, int Year)> Date = WrittenDate.Or(NumericDate).Named("date (8 juli 2016)");

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

        var (court, place) = instance.Value;
        var (country, code) = CourtCodes.Resolve(court, place);
        var name = place is null ? court : court + " " + place;
        var space = CaseTokens.Space(rest);
        var date = space.WasSuccessful ? Date(space.Remainder) : null;
        if (date is { WasSuccessful: true })
        {
            var (day, month, year) = date.Value;
            var dateSpan = TextSpan.FromBounds(space.Remainder.Position, date.Remainder.Position);
            return Result.Success(new CaseHead(name, country, code, location, qualifier, day, month, year, dateSpan), date.Remainder);
        }

        // No date: only a year, or nothing, before ", ECLI" (an undated instance elsewhere is prose: "de HR, die ...").
        var yearOnly = space.WasSuccessful ? CaseTokens.Year(space.Remainder) : null;
        if (yearOnly is { WasSuccessful: true } && CaseFacts.EcliAfterComma(input.Source.AsSpan(), yearOnly.Remainder.Position))
        {
            var yearSpan = TextSpan.FromBounds(space.Remainder.Position, yearOnly.Remainder.Position);
            return Result.Success(new CaseHead(name, country, code, location, qualifier, null, null, yearOnly.Value, yearSpan), yearOnly.Remainder);
        }

        if (CaseFacts.EcliAfterComma(input.Source.AsSpan(), rest.Position))
        {
            return Result.Success(new CaseHead(name, country, code, location, qualifier, null, null, null, null), rest);
        }

        return date is null
            ? Result.Failure<CaseHead>(space.Remainder, space.Message, space.Expectations)
            : Result.Failure<CaseHead>(date.Remainder, date.Message, date.Expectations);
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

/// <summary>
/// What the head of a case citation says: the instance, its ECLI code, the brackets after it and the date (day and
/// month null when only the year is written, all null when no date is; the span covers what is written).
/// </summary>
internal sealed record CaseHead(
    string Court, string? CourtCountry, string? CourtCode, string? Location, string? Qualifier, int? Day, int? Month, int? Year, TextSpan? DateSpan);
