using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Official journals (citation-rules.md 5 and 9.2): <c>Stb. 2023, 123</c> and its variants, the placeholder
/// <c>Stb. …, …</c> of drafts, the Staatscourant cited by date, and the Publicatieblad of the EU in its issue
/// form (<c>PbEU 2022, L 277/1</c>) and act-by-act form (<c>PbEU L 2024/325</c>).
/// </summary>
internal static class GazetteGrammar
{
    private static readonly string[] Months =
    {
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    };

    /// <summary>
    /// Dutch journals: canonical abbreviation and every name that may be written for it, tried in this order
    /// (also by <see cref="GazetteFastPath"/>).
    /// </summary>
    internal static readonly (string Canonical, string[] Abbreviations, string[] FullNames)[] DutchJournals =
    {
        ("Stb", new[] { "Stb" }, new[] { "Staatsblad" }),
        ("Stcrt", new[] { "Stcrt" }, new[] { "Staatscourant" }),
        ("Trb", new[] { "Trb" }, new[] { "Tractatenblad" }),
        ("Gmb", new[] { "Gmb" }, new[] { "Gemeenteblad" }),
        ("Prb", new[] { "Prb" }, new[] { "Provinciaal blad" }),
        ("Wsb", new[] { "Wsb" }, new[] { "Waterschapsblad" }),
        ("Bgr", new[] { "Bgr" }, new[] { "Blad gemeenschappelijke regeling" }),
    };

    private static readonly Parser<GazetteCitation> DutchJournal =
        DutchJournals
            .SelectMany(j => j.Abbreviations.Select(a => Abbreviated(j.Canonical, a)).Concat(j.FullNames.Select(f => SpelledOut(j.Canonical, f))))
            .Aggregate((a, b) => a.Or(b))
            .Named("journal (Stb., Stcrt., Trb., ...)");

    /// <summary><c>PbEU</c>, <c>PbEG</c>, and the split forms <c>Pb EG</c>, <c>Pb. EU</c>.</summary>
    private static readonly Parser<GazetteCitation> EuJournal =
        (from pb in Lexical.Literal("Pb")
         from dot in Parse.Char('.').Optional()
         from space in Parse.Char(' ').Many().Text()
         from domain in Lexical.Literal("EU").Or(Lexical.Literal("EG"))
         from _ in Parse.Not(Parse.Letter)
         from trailingDot in Parse.Char('.').Optional()
         let written = pb + (dot.IsDefined ? "." : string.Empty) + space + domain + (trailingDot.IsDefined ? "." : string.Empty)
         select new GazetteCitation
         {
             Journal = "Pb" + domain.ToUpperInvariant(),
             JournalWritten = written,
             Style = dot.IsDefined || space.Length > 0 ? GazetteStyle.SplitAbbreviation : GazetteStyle.Canonical,
         })
        .Named("journal (PbEU, PbEG)");

    private static readonly Parser<string> Ellipsis =
        Lexical.Exact("...").Or(Lexical.Exact("…")).Named("'…'");

    /// <summary>A number: digits, thousands dots allowed (<c>10.247</c>), a historic letter suffix allowed (<c>120k</c>).</summary>
    private static readonly Parser<string> Number =
        (from head in Lexical.Digits
         from groups in (from dot in Parse.Char('.') from g in Lexical.DigitsExactly(3) select g).Many()
         from letter in Parse.Lower.Then(l => Parse.Not(Parse.LetterOrDigit).Return(l)).Optional()
         from _ in Lexical.Boundary
         select head + string.Concat(groups) + (letter.IsDefined ? letter.Get().ToString() : string.Empty))
        .Named("number");

    private static readonly Parser<string> NumberLabel =
        (from label in Lexical.Abbreviation("nr").Or(Lexical.Abbreviation("no")).Or(Lexical.Word("nummer"))
         from _ in Lexical.OptionalSpace
         select label)
        .Named("'nr.'");

    /// <summary>A number with or without a <c>nr.</c> label; true when labelled.</summary>
    private static readonly Parser<(string Number, bool Labelled)> LabelledNumber =
        from label in NumberLabel.Optional()
        from number in Number
        select (number, label.IsDefined);

    /// <summary><c>2023, 123</c>, <c>2011 35</c>, <c>1998 nr. 46</c>, <c>1998, nr. 46</c>.</summary>
    private static readonly Parser<GazetteCitation> YearAndNumber =
        from year in Lexical.Year
        from comma in Lexical.CommaOrSpace
        from number in LabelledNumber
        select YearAndNumberBody(year, comma, number.Number, number.Labelled);

    /// <summary>
    /// A year alone (<c>Stb. 1995</c>): the volume, number left out. Not when a comma follows, where a number
    /// was meant (<c>Stb. 2023, x</c>): then the error points at the missing number.
    /// </summary>
    private static readonly Parser<GazetteCitation> YearOnly =
        from year in Lexical.Year.Where(y => y is >= 1800 and <= 2099)
        from _ in Parse.Not(Lexical.Comma)
        select YearOnlyBody(year);

    private static readonly Parser<int> YearThenComma =
        from year in Lexical.Year.Where(y => y is >= 1800 and <= 2099)
        from comma in Lexical.Comma
        select year;

    /// <summary>
    /// A number alone (<c>Stb. 575</c>, <c>Stb. 621, zoals gewijzigd</c>): the year is left out (CIT4001). A year
    /// followed by a comma is not taken for a number: the number after the comma is missing.
    /// </summary>
    private static readonly Parser<GazetteCitation> NumberOnly =
        from _ in Parse.Not(YearThenComma)
        from number in LabelledNumber
        select NumberOnlyBody(number.Number, number.Labelled);

    /// <summary>The draft placeholder <c>…, …</c> (Ar 3.45 lid 2), also typed as <c>..., ...</c>.</summary>
    private static readonly Parser<GazetteCitation> Placeholder =
        from year in Ellipsis
        from second in (from comma in Lexical.CommaOrSpace from number in Ellipsis select number).Optional()
        select new GazetteCitation { IsPlaceholder = true };

    private static readonly Parser<string> MonthName =
        Lexical.AnyWord(Months).Select(m => m.ToLowerInvariant()).Named("month");

    /// <summary>An issue cited by date: <c>20 juli 1999, 136</c>, <c>van 4 mei 1994, nr. 86</c>.</summary>
    private static readonly Parser<GazetteCitation> Dated =
        from van in (from word in Lexical.Word("van") from _ in Lexical.Space select word).Optional()
        from day in Parse.Digit.Repeat(1, 2).Text()
        from _ in Lexical.Space
        from month in MonthName
        from __ in Lexical.Space
        from year in Lexical.Year
        from number in (from comma in Lexical.Comma from n in LabelledNumber select n).Optional()
        select new GazetteCitation
        {
            Year = year,
            Number = number.IsDefined ? number.Get().Number : null,
            Date = day + " " + month + " " + year,
            Style = GazetteStyle.Dated | (number.IsDefined && number.Get().Labelled ? GazetteStyle.NumberLabel : GazetteStyle.Canonical),
        };

    private static readonly Parser<GazetteCitation> DutchBody =
        Placeholder.Or(Dated).Or(YearAndNumber).Or(YearOnly).Or(NumberOnly)
            .Named("year and number");

    private static readonly Parser<string> Series =
        Parse.Chars("LClc").Select(c => char.ToUpperInvariant(c).ToString())
            .Then(s => Parse.Not(Parse.LetterOrDigit).Return(s))
            .Named("series 'L' or 'C'");

    /// <summary>A page after a PbEU issue: <c>/1</c>, or labelled <c>p. 56</c>, <c>, blz. 56</c>.</summary>
    private static readonly Parser<(string Page, bool Labelled)> Page =
        (from slash in Parse.Char('/') from page in Lexical.Digits select (page, false))
        .Or(from comma in Lexical.CommaOrSpace
            from label in Lexical.Abbreviation("p").Or(Lexical.Abbreviation("blz"))
            from _ in Lexical.OptionalSpace
            from page in Lexical.Digits
            select (page, true));

    /// <summary>Act by act, from 1 October 2023: <c>L 2024/325</c>.</summary>
    private static readonly Parser<GazetteCitation> ActByAct =
        from series in Series
        from _ in Lexical.Space
        from year in Lexical.Year
        from slash in Parse.Char('/')
        from number in Lexical.Digits
        from __ in Lexical.Boundary
        select new GazetteCitation { Series = series, Year = year, Number = number, IsActByAct = true };

    /// <summary>An issue: <c>L 277</c>, <c>L 277/1</c>, <c>L 143 p. 56</c>.</summary>
    private static readonly Parser<GazetteCitation> Issue =
        from series in Series
        from _ in Lexical.Space
        from number in Lexical.Digits
        from page in Page.Optional()
        from __ in Lexical.Boundary
        select new GazetteCitation
        {
            Series = series,
            Number = number,
            Page = page.IsDefined ? page.Get().Page : null,
            Style = page.IsDefined && page.Get().Labelled ? GazetteStyle.PageLabel : GazetteStyle.Canonical,
        };

    private static readonly Parser<GazetteCitation> IssueWithYear =
        from year in Lexical.Year
        from comma in Lexical.CommaOrSpace
        from issue in Issue
        select issue with { Year = year, Style = issue.Style | (comma ? GazetteStyle.Canonical : GazetteStyle.MissingComma) };

    private static readonly Parser<GazetteCitation> EuBody =
        ActByAct.Or(IssueWithYear).Or(Issue).Named("year, series and number");

    /// <summary>Any gazette citation.</summary>
    public static readonly Parser<GazetteCitation> Gazette =
        (from journal in DutchJournal
         from _ in Lexical.Space
         from body in DutchBody
         select Merge(journal, body))
        .Or(from journal in EuJournal
            from _ in Lexical.Space
            from body in EuBody
            select Merge(journal, body))
        .Named("gazette");

    private static Parser<GazetteCitation> Abbreviated(string canonical, string abbreviation) =>
        from word in Lexical.Word(abbreviation)
        from dot in Parse.Char('.').Optional()
        select AbbreviatedJournal(canonical, word, dot.IsDefined);

    private static Parser<GazetteCitation> SpelledOut(string canonical, string name) =>
        from words in Lexical.Word(name)
        select SpelledOutJournal(canonical, words);

    // The records below are built here for the grammar and for its fast path alike, so that the two agree.

    /// <summary>The journal part of a Dutch journal written as an abbreviation (<c>Stb.</c>, <c>Stb</c>).</summary>
    internal static GazetteCitation AbbreviatedJournal(string canonical, string word, bool dot) =>
        new()
        {
            Journal = canonical,
            JournalWritten = dot ? word + "." : word,
            Style = dot ? GazetteStyle.Canonical : GazetteStyle.MissingDot,
        };

    /// <summary>The journal part of a Dutch journal written in full (<c>Staatsblad</c>).</summary>
    internal static GazetteCitation SpelledOutJournal(string canonical, string words) =>
        new() { Journal = canonical, JournalWritten = words, Style = GazetteStyle.SpelledOut };

    /// <summary>The body <c>2023, 123</c>: <paramref name="comma"/> false when only spaces stood between them.</summary>
    internal static GazetteCitation YearAndNumberBody(int year, bool comma, string number, bool labelled) =>
        new()
        {
            Year = year,
            Number = number,
            Style = (comma ? GazetteStyle.Canonical : GazetteStyle.MissingComma) | (labelled ? GazetteStyle.NumberLabel : GazetteStyle.Canonical),
        };

    /// <summary>The body of a year alone (<c>Stb. 1995</c>).</summary>
    internal static GazetteCitation YearOnlyBody(int year) => new() { Year = year };

    /// <summary>The body of a number alone (<c>Stb. 575</c>).</summary>
    internal static GazetteCitation NumberOnlyBody(string number, bool labelled) =>
        new() { Number = number, Style = labelled ? GazetteStyle.NumberLabel : GazetteStyle.Canonical };

    /// <summary>The citation of a journal part and a body.</summary>
    internal static GazetteCitation Merge(GazetteCitation journal, GazetteCitation body) =>
        body with { Journal = journal.Journal, JournalWritten = journal.JournalWritten, Style = journal.Style | body.Style };
}
