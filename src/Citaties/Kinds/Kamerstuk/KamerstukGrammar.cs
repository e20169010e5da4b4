using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Kamerstukken: <c>[bijlage bij] Kamerstukken [II|I|VV][,] [vergaderjaar][,] dossier[ suffix][, dossier...][, nr. n[, p. x]][; nr. m...]</c>,
/// with the house style <c>Kamerstuk 28 638, nr. 178</c>, labels <c>Kamerbrief</c> and <c>TK</c>, Eerste Kamer letters
/// (<c>31700 VI, D</c>) and hyphenated ids (<c>Kamerstuk 36100-3</c>); plus bare ids in Handelingen lists
/// (<c>- 21501-02-1855</c>, <c>(35300-A, nr. 15)</c>).
/// </summary>
internal static class KamerstukGrammar
{
    private static readonly Parser<string> AppendixPrefix =
        from bijlage in Lexical.Word("bijlage")
        from s1 in Lexical.Space
        from bij in Lexical.Word("bij")
        from s2 in Lexical.Space
        select bijlage + " " + bij;

    private static readonly Parser<string> Label =
        Lexical.AnyWord(new[] { "Kamerstukken", "Kamerstuk", "Kamerbrief" })
            .Or(Lexical.Exact("TK").Then(t => Parse.Not(Parse.LetterOrDigit).Return(t)))
            .Named("'Kamerstukken'");

    private static readonly Parser<(ChamberToken Chamber, bool Comma)> ChamberPart =
        from chamber in ParliamentaryTokens.Chamber
        from comma in Lexical.CommaOrSpace.Optional()
        select (chamber, comma.GetOrDefault());

    private static readonly Parser<(SessionYearToken Year, bool Separated)> YearPart =
        from year in ParliamentaryTokens.SessionYear
        from separated in ParliamentaryTokens.YearSeparator
        select (year, separated);

    private static readonly Parser<string> DossierListSeparator =
        Lexical.Comma.Return(",")
            .Or(from s1 in Lexical.Space from en in Lexical.Word("en") from s2 in Lexical.Space select "en")
            .Or(from s1 in Lexical.OptionalSpace from slash in Parse.Char('/') from s2 in Lexical.OptionalSpace select "/");

    // Further dossiers in a list must have five digits, so that "Kamerstukken 31945, 2019" takes no year as a dossier;
    // after an older four-digit dossier four digits too ("Kamerstukken II 1965/66, 9876,9877, nr. 3"), as a list holds
    // dossiers of one time. A three-digit number there stays an ondernummer without nr. (UnlabelledPieces).
    private static readonly Parser<IReadOnlyList<DossierToken>> Dossiers =
        from first in ParliamentaryTokens.Dossier
        let listed = first.Dossier.Number.Length == 4 ? ParliamentaryTokens.FourDigitDossier.Or(ParliamentaryTokens.FiveDigitDossier) : ParliamentaryTokens.FiveDigitDossier
        from more in (from separator in DossierListSeparator from dossier in listed select dossier).Many()
        select (IReadOnlyList<DossierToken>)new[] { first }.Concat(more).ToArray();

    private static readonly Parser<string> DocumentType =
        from space in Lexical.OptionalSpace
        from open in Parse.Char('(')
        from type in Parse.Letter.Repeat(2, 12).Text()
        from close in Parse.Char(')')
        select type;

    private static readonly Parser<PagesToken?> PagesAfter = ParliamentaryTokens.OptionalPages;

    /// <summary>The numbered ondernummers after one label, with an optional document type and pages: <c>nrs. 520 en 548</c>, <c>nr. 3 (MvT), p. 12</c>.</summary>
    private static Parser<PiecesToken> Group(NumberLabelToken label) =>
        from first in ParliamentaryTokens.NumberOrRange
        from more in ListItem(label.Plural).Many()
        from type in DocumentType.Optional()
        from pages in PagesAfter
        select ToPieces(new[] { first }.Concat(more).ToArray(), label, type.GetOrDefault(), pages);

    private static Parser<string> ListItem(bool plural)
    {
        var and = from s1 in Lexical.Space from en in Lexical.Word("en") from s2 in Lexical.Space select en;
        var separator = plural ? Lexical.Comma.Return("en").Or(and) : and;
        return from s in separator from number in ParliamentaryTokens.NumberOrRange select number;
    }

    private static readonly Parser<NumberLabelToken> AnyNumberLabel =
        ParliamentaryTokens.NumberLabel.Or(ParliamentaryTokens.LetterLabel);

    /// <summary>What joins two groups of one dossier: <c>; nr. 7</c>, or <c>, en nr. 9</c> after pages (<c>nr. 7, p. 3 en 4, en nr. 9</c>).</summary>
    private static readonly Parser<string> GroupSeparator =
        (from semicolon in Parse.Char(';') from space in Lexical.OptionalSpace select ";")
            .Or(from comma in Lexical.Comma from en in Lexical.Word("en") from space in Lexical.Space select ", en");

    private static Parser<PiecesToken> NumberGroupsAfter(NumberLabelToken label) =>
        from first in Group(label)
        from more in (from separator in GroupSeparator
                      from next in ParliamentaryTokens.NumberLabel
                      from pieces in Group(next)
                      select pieces).Many()
        select more.Aggregate(first, (all, next) => all with
        {
            Pieces = all.Pieces.Concat(next.Pieces).ToArray(),
            PagesLabel = all.PagesLabel ?? next.PagesLabel,
            PagesWritten = all.PagesWritten ?? next.PagesWritten,
        });

    /// <summary>
    /// An Eerste Kamer letter with an optional document type and pages (<c>D, p. 4</c>). It stands alone: no list,
    /// range or further group follows, as its canonical form has no <c>nr.</c> to start one.
    /// </summary>
    private static Parser<PiecesToken> LetterGroup(NumberLabelToken? label) =>
        from letter in ParliamentaryTokens.CapitalLetters
        from type in DocumentType.Optional()
        from pages in PagesAfter
        select ToPieces(new[] { letter }, label, type.GetOrDefault(), pages);

    private static Parser<PiecesToken> GroupsAfter(NumberLabelToken label) =>
        NumberGroupsAfter(label).Or(LetterGroup(label)).Named("ondernummer");

    private static readonly Parser<PiecesToken?> LabelledPieces =
        Committed.OptionalAfter(AnyNumberLabel, GroupsAfter);

    private static readonly Parser<PiecesToken?> LabelledNumbers =
        Committed.OptionalAfter(AnyNumberLabel, NumberGroupsAfter);

    // Without a dossier only numbers: a letter there is a chamber or a word (TK VV nrs. II), never an ondernummer.
    private static readonly Parser<PiecesToken> RequiredLabelledPieces =
        AnyNumberLabel.Then(NumberGroupsAfter);

    private static readonly Parser<PiecesToken> LetterPieces = LetterGroup(null);

    /// <summary>
    /// An ondernummer after a comma without <c>nr.</c> (<c>32123, 17</c>): at most three digits, so that a dossier of a
    /// list (<c>9876,9877</c>) or a year is not taken for one. Read only where chamber or vergaderjaar say the text is
    /// a citation (<see cref="BodyAfterChamberOrYear"/>); CIT1016 reports the missing label.
    /// </summary>
    private static readonly Parser<PiecesToken> UnlabelledPieces =
        from number in ParliamentaryTokens.NumberOrRange
        where number.TakeWhile(char.IsDigit).Count() <= 3
        from type in DocumentType.Optional()
        from pages in PagesAfter
        select ToPieces(new[] { number }, null, type.GetOrDefault(), pages);

    /// <summary>
    /// What follows a dossier: <c>, nr. 5</c> (or without the comma), or after a comma an Eerste Kamer letter
    /// (<c>, D</c>). Null when neither follows; a failure once a label was read.
    /// </summary>
    private static readonly Parser<PiecesToken?> PiecesAfterDossier = PiecesAfter(LabelledPieces, letters: true);

    /// <summary>As <see cref="PiecesAfterDossier"/>, and an ondernummer without <c>nr.</c> after a comma.</summary>
    private static readonly Parser<PiecesToken?> PiecesOrUnlabelledAfterDossier = PiecesAfter(LabelledPieces, letters: true, unlabelled: true);

    /// <summary>
    /// What follows a dossier that already names a numbered ondernummer (<c>36100-3</c>, <c>21501-02-1855</c>):
    /// only further numbers (<c>, nr. 5</c>). A capital after a comma is the next word (<c>21501-02-1855, TK</c>).
    /// </summary>
    private static readonly Parser<PiecesToken?> NumbersAfterDossier = PiecesAfter(LabelledNumbers, letters: false, unlabelled: false);

    /// <summary>Nothing follows a dossier that names an Eerste Kamer letter (<c>31700-VI-D</c>): that letter stands alone.</summary>
    private static readonly Parser<PiecesToken?> NothingAfterDossier = Parse.Return<PiecesToken?>(null);

    /// <summary>The parser for what may follow a list of dossiers, by what its first dossier names already.</summary>
    private static Parser<PiecesToken?> PiecesAfterDossiers(DossierToken first, bool unlabelled = false) =>
        CarriedOndernummer(first) switch
        {
            null => unlabelled ? PiecesOrUnlabelledAfterDossier : PiecesAfterDossier,
            { } carried when char.IsUpper(carried[0]) => NothingAfterDossier,
            _ => NumbersAfterDossier,
        };

    private static Parser<PiecesToken?> PiecesAfter(Parser<PiecesToken?> labelledPieces, bool letters, bool unlabelled = false) => input =>
    {
        var separator = Lexical.CommaOrSpace(input);
        if (!separator.WasSuccessful)
        {
            return Result.Success<PiecesToken?>(null, input);
        }

        var labelled = labelledPieces(separator.Remainder);
        if (!labelled.WasSuccessful || labelled.Value is not null)
        {
            return labelled.WasSuccessful
                ? Result.Success<PiecesToken?>(labelled.Value! with { MissingComma = !separator.Value }, labelled.Remainder)
                : labelled;
        }

        if (letters && separator.Value)
        {
            var letter = LetterPieces(separator.Remainder);
            if (letter.WasSuccessful)
            {
                return Result.Success<PiecesToken?>(letter.Value, letter.Remainder);
            }
        }

        if (unlabelled && separator.Value)
        {
            var number = UnlabelledPieces(separator.Remainder);
            if (number.WasSuccessful)
            {
                return Result.Success<PiecesToken?>(number.Value, number.Remainder);
            }
        }

        return Result.Success<PiecesToken?>(null, input);
    };

    private static readonly Parser<(IReadOnlyList<DossierToken> Dossiers, PiecesToken? Pieces)> Body = BodyReading(unlabelled: false);

    /// <summary>The body after a chamber or vergaderjaar, where an ondernummer may stand without <c>nr.</c>.</summary>
    private static readonly Parser<(IReadOnlyList<DossierToken> Dossiers, PiecesToken? Pieces)> BodyAfterChamberOrYear = BodyReading(unlabelled: true);

    private static Parser<(IReadOnlyList<DossierToken> Dossiers, PiecesToken? Pieces)> BodyReading(bool unlabelled) =>
        (from dossiers in Dossiers
         from pieces in PiecesAfterDossiers(dossiers[0], unlabelled)
         select (dossiers, pieces))
        .Or(RequiredLabelledPieces.Select(p => ((IReadOnlyList<DossierToken>)System.Array.Empty<DossierToken>(), (PiecesToken?)p)))
        .Named("dossier number");

    /// <summary>A labelled Kamerstuk citation.</summary>
    public static readonly Parser<KamerstukCitation> Kamerstuk =
        (from appendix in AppendixPrefix.Optional()
         from label in Label
         from labelSeparator in Lexical.CommaOrSpace
         from chamber in ChamberPart.Optional()
         from year in YearPart.Optional()
         from body in chamber.IsDefined || year.IsDefined ? BodyAfterChamberOrYear : Body
         select Build(
             appendix.GetOrDefault(),
             label,
             chamber.IsDefined ? chamber.Get() : null,
             year.IsDefined ? year.Get() : null,
             body.Dossiers,
             body.Pieces))
        .Where(c => c is not null)
        .Select(c => c!)
        .Named("Kamerstuk citation");

    private static readonly Parser<KamerstukCitation> BareId =
        from start in Committed.Position
        from dossier in ParliamentaryTokens.FiveDigitDossier
        from pieces in PiecesAfterDossiers(dossier)
        from end in Committed.Position
        let citation = Build(null, null, null, null, new[] { dossier }, pieces)
        where citation is not null && citation.Pieces.Count > 0
        select citation! with { Span = new TextSpan(start, end - start) };

    private static readonly Parser<int> BareIdOpening =
        Parse.Char('(').Return(1)
            .Or(from s1 in Lexical.Space from dash in Lexical.Dash from s2 in Lexical.Space select 1)
            .Or(from colon in Parse.Char(':') from space in Lexical.Space select 2);

    /// <summary>
    /// Bare ids without a label, only where they are unambiguous: after an opening bracket or a spaced dash
    /// (<c>(35300-A, nr. 15)</c>, <c>- 21501-02-1855</c>), or as a list of at least two after a colon
    /// (<c>vervallen: 34775-42; 34734-25</c>). A bare id must name an ondernummer.
    /// </summary>
    public static readonly Parser<IReadOnlyList<Citation>> BareIds =
        (from minimum in BareIdOpening.Optional()
         from first in BareId
         from more in (from semicolon in Parse.Char(';') from space in Lexical.OptionalSpace from id in BareId select id).Many()
         let all = new[] { first }.Concat(more).ToArray()
         where all.Length >= minimum.GetOrElse(1)
         select (IReadOnlyList<Citation>)all)
        .Named("Kamerstuk id");

    /// <summary>The pieces of one group: each number, the pages on the last; shared with the fast path.</summary>
    internal static PiecesToken ToPieces(string[] numbers, NumberLabelToken? label, string? documentType, PagesToken? pages)
    {
        var pieces = new KamerstukPiece[numbers.Length];
        for (var i = 0; i < pieces.Length; i++)
        {
            pieces[i] = new KamerstukPiece(numbers[i], i == pieces.Length - 1 ? pages?.Pages : null);
        }

        return new PiecesToken(pieces, label, pages?.Label, documentType, false) { PagesWritten = pages?.Written };
    }

    // Sub-dossiers (21 501-07) keep their number as a suffix; any other number after a single hyphen
    // (Kamerstuk 36100-3) is the ondernummer, since a leading zero or dossier 21 501 is the only sub-dossier form.
    private static bool IsSubDossier(Dossier dossier) =>
        dossier.Suffix is { } s && (s[0] == '0' || (dossier.Number == "21501" && s.Length == 2));

    /// <summary>
    /// The ondernummer a dossier names by itself, written on with a hyphen (<c>1855</c> in <c>21501-02-1855</c>,
    /// <c>3</c> in <c>36100-3</c>), or null; shared with the fast path. Only numbers may follow such a dossier, so
    /// that a numeric suffix reads back as the ondernummer it became.
    /// </summary>
    internal static string? CarriedOndernummer(DossierToken dossier) =>
        dossier.HyphenNumber
        ?? (dossier.SuffixAfterHyphen && dossier.Dossier.HasNumericSuffix && !IsSubDossier(dossier.Dossier) ? dossier.Dossier.Suffix : null);

    /// <summary>The citation from its parts, or null when they are no citation; shared with the fast path.</summary>
    internal static KamerstukCitation? Build(
        string? appendix,
        string? label,
        (ChamberToken Chamber, bool Comma)? chamber,
        (SessionYearToken Year, bool Separated)? year,
        IReadOnlyList<DossierToken> tokens,
        PiecesToken? pieces)
    {
        var dossiers = tokens.Select(t => t.Dossier).ToArray();
        var list = new List<KamerstukPiece>();
        var hyphenId = false;
        if (tokens.Count > 0)
        {
            var first = tokens[0];
            if (first.HyphenNumber is not null)
            {
                list.Add(new KamerstukPiece(first.HyphenNumber, null));
                hyphenId = true;
            }
            else if (pieces is null && CarriedOndernummer(first) is not null)
            {
                var suffix = first.Dossier.Suffix!;
                list.Add(new KamerstukPiece(suffix, null));
                var written = first.Dossier.Written;
                dossiers[0] = new Dossier(first.Dossier.Number, null, written.Substring(0, written.Length - suffix.Length - 1));
                hyphenId = true;
            }
        }

        if (pieces is not null)
        {
            list.AddRange(pieces.Pieces);
        }

        // A lone number after a bare label is only a whole-bill citation when it looks like a modern dossier.
        if (list.Count == 0 && chamber is null && year is null && (dossiers.Length == 0 || dossiers[0].Number.Length != 5))
        {
            return null;
        }

        var chamberValue = chamber?.Chamber.Chamber;
        if (chamberValue is null && label == "TK")
        {
            chamberValue = Model.Chamber.Tweede;
        }

        // Without a dossier, nr. 6 is a paper of a dossier named before only when chamber or vergaderjaar say
        // which papers (Kamerstukken II, 1993-1994, nr. 6); after a bare label (kamerbrief nr. 3) it names nothing.
        if (dossiers.Length == 0 && chamberValue is null && year is null)
        {
            return null;
        }

        return new KamerstukCitation
        {
            Label = label,
            AppendixText = appendix,
            Chamber = chamberValue,
            ChamberText = chamber?.Chamber.Text,
            CommaAfterChamber = chamber?.Comma ?? false,
            SessionYear = year?.Year.Year,
            SessionYearText = year?.Year.Text,
            SessionYearWord = year?.Year.Word,
            Dossiers = dossiers,
            Pieces = list,
            NumberLabel = pieces?.Label?.Text,
            NumberLabelled = pieces?.Label?.IsNumberWord ?? false,
            SpaceAfterNumberLabel = pieces?.Label?.SpaceAfter ?? true,
            PagesLabel = pieces?.PagesLabel,
            PagesWritten = pieces?.PagesWritten,
            DocumentType = pieces?.DocumentType,
            MissingComma = (year is { Separated: false } && dossiers.Length > 0) || (pieces?.MissingComma ?? false),
            HyphenId = hyphenId,
        };
    }
}
