using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Case citations (citation-rules.md 7.1): a head, then any number of details, each after a comma (or, for a
/// bracket, a space). The head is an instance and date (<c>HR 8 juli 2016</c>), European case numbers (<c>zaak
/// C-311/18</c>), an ECtHR application number (<c>appl. no. 6289/73</c>) or a journal report (<c>NJ 2017/13</c>).
/// A detail that does not parse ends the citation before its comma, so prose after a citation is never taken in.
/// </summary>
/// <remarks>
/// The ECLI and the LJN in a case citation are read by their own grammars (<see cref="EcliGrammar"/>,
/// <see cref="LjnGrammar"/>) and returned twice: inside the case citation and as citations of their own, with their
/// own spans, so that every ECLI rule and every reader of ECLIs sees them as before.
/// </remarks>
internal static class CaseGrammar
{
    private static readonly Parser<CaseDetail> EcliByGrammar =
        EcliGrammar.Ecli.Capture().Select(e => new CaseDetail { Ecli = e });

    /// <summary>
    /// The ECLI, read as the ECLI family reads it: by its fast path where that recognises the form, else by its
    /// grammar (the two give the same citation). Only an <c>E</c> can start one (<c>ECLI:</c>, <c>ELCI:</c>, <c>EU:C:</c>),
    /// or a <c>C</c> where the first letter was lost (<c>CLI:</c>); elsewhere it fails as the grammar fails there,
    /// without running it, at every comma of every case citation.
    /// </summary>
    private static readonly Parser<CaseDetail> EcliDetail = CaseTokens.StartingWith("EeCc", "ECLI", input =>
    {
        var source = input.Source;
        var at = input.Position;
        if (source[at] is 'E' or 'e')
        {
            var rest = source.Substring(at);
            if (EcliFastPath.TryRead(rest, out var read, out var end) && read.Count == 1 && read[0] is EcliCitation ecli)
            {
                var captured = new Captured<EcliCitation>(ecli, rest.Substring(0, end), at, at + end);
                return Result.Success(new CaseDetail { Ecli = captured }, input.Skip(end));
            }
        }

        return EcliByGrammar(input);
    });

    private static readonly Parser<CaseDetail> LjnDetail =
        CaseTokens.StartingWith("Ll", "LJN", LjnGrammar.Ljn.Capture().Select(l => new CaseDetail { Ljn = l }));

    private static readonly Parser<CaseDetail> ReportDetail =
        CaseTokens.StartingWith(JournalReportGrammar.FirstCharacters, "journal report", JournalReportGrammar.Report.Select(r => new CaseDetail { Report = r }));

    private static readonly Parser<CaseDetail> NumbersDetail =
        CaseTokens.StartingWith("0123456789CTFzZgGnNaArR", "case number", CaseNumberGrammar.Numbers.Select(n => new CaseDetail { CaseNumbers = n }));

    private static readonly Parser<CaseDetail> PinpointDetail =
        CaseTokens.StartingWith("rpo§", "pinpoint", CaseDetailGrammar.Pinpoint.Select(p => new CaseDetail { Pinpoint = p }));

    private static readonly Parser<CaseDetail> ConclusionDetail =
        CaseTokens.StartingWith("(cn", "conclusion", CaseDetailGrammar.Conclusion.Select(c => new CaseDetail { Conclusion = c }));

    private static readonly Parser<CaseDetail> NicknameDetail =
        CaseTokens.StartingWith("(", "nickname", CaseDetailGrammar.Nickname.Select(n => new CaseDetail { Nickname = n }));

    // The alternatives, built once (inside a query they would be built again at every comma).
    private static readonly Parser<CaseDetail> DetailAfterComma =
        EcliDetail.Or(LjnDetail).Or(ReportDetail).Or(NumbersDetail).Or(PinpointDetail).Or(ConclusionDetail).Or(NicknameDetail);

    /// <summary>A detail after a comma; the ECLI first, as it is the commonest.</summary>
    private static readonly Parser<CaseDetail> AfterComma =
        from comma in CaseTokens.OneOf("','", ", ")
        from detail in DetailAfterComma
        select detail;

    private static readonly Parser<CaseDetail> SittingPlaceDetail =
        CaseTokens.StartingWith("(", "'(zittingsplaats'", CaseInstanceGrammar.SittingPlace.Select(p => new CaseDetail { Location = p.Location }));

    private static readonly Parser<CaseDetail> BracketAfterSpace = ConclusionDetail.Or(SittingPlaceDetail).Or(NicknameDetail);

    /// <summary>
    /// A bracket after a space: <c>ECLI:NL:PHR:2020:841 (concl. A-G B.F. Keulen)</c>, <c>C-311/18 (Schrems II)</c>,
    /// <c>Rb. Den Haag 20 maart 2013 (zittingsplaats Amsterdam)</c>.
    /// </summary>
    private static readonly Parser<CaseDetail> AfterSpace =
        from space in CaseTokens.Space
        from detail in BracketAfterSpace
        select detail;

    private static readonly Parser<IEnumerable<CaseDetail>> Details = AfterComma.Or(AfterSpace).Many();

    private static readonly Parser<CaseDetail> CourtAndDate =
        CaseInstanceGrammar.Head.Select(h => new CaseDetail { Head = h });

    private static readonly Parser<CaseDetail> EuCase =
        from label in CaseNumberGrammar.EuLabel.Optional()
        from numbers in CaseNumberGrammar.EuNumbers
        select new CaseDetail { CaseNumbers = numbers };

    private static readonly Parser<CaseDetail> Application =
        CaseNumberGrammar.ApplicationNumbers.Select(n => new CaseDetail { CaseNumbers = n, IsApplication = true });

    /// <summary>A case citation, with the ECLI and LJN in it as citations of their own.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> Case =
        (from head in CaseTokens.StartingWith("HPACEGR", "court", CourtAndDate)
             .Or(CaseTokens.StartingWith("CTFzZgG", "case number", EuCase))
             .Or(CaseTokens.StartingWith("aA", "'appl. no'", Application))
             .Or(ReportDetail)
         from details in Details
         select (IReadOnlyList<Citation>)Build(new[] { head }.Concat(details).ToList()))
        .Named("case citation");

    private static List<Citation> Build(List<CaseDetail> details)
    {
        var head = details[0].Head;
        var numbers = details.Where(d => d.CaseNumbers is not null).SelectMany(d => d.CaseNumbers!).ToArray();
        var ecli = details.FirstOrDefault(d => d.Ecli is not null)?.Ecli;
        var ljn = details.FirstOrDefault(d => d.Ljn is not null)?.Ljn;
        var (country, code) = head is not null ? (head.CourtCountry, head.CourtCode) : CourtWithoutInstance(details[0], numbers);
        var ecliCitation = ecli is { } e ? Standalone(e) : null;
        var citation = new CaseCitation
        {
            Court = head?.Court,
            CourtCountry = country,
            CourtCode = code,
            Location = head?.Location ?? details.Select(d => d.Location).FirstOrDefault(l => l is not null),
            Qualifier = head?.Qualifier,
            Day = head?.Day,
            Month = head?.Month,
            Year = head?.Year,
            DateSpan = head?.DateSpan,
            Ecli = ecliCitation,
            Ljn = ljn?.Value.Value,
            CaseNumbers = numbers,
            Pinpoint = details.Select(d => d.Pinpoint).FirstOrDefault(p => p is not null),
            Conclusion = details.Select(d => d.Conclusion).FirstOrDefault(c => c is not null),
            Reports = details.Where(d => d.Report is not null).Select(d => d.Report!).ToArray(),
            Nickname = details.Select(d => d.Nickname).FirstOrDefault(n => n is not null),
        };

        // Every ECLI and LJN in the citation stands on its own as well, not only the first that the record holds: a
        // second one (a mistake, or the decision appealed against) must not vanish from what the ECLI rules see.
        var found = new List<Citation>(3) { citation };
        foreach (var detail in details)
        {
            if (detail.Ecli is { } other)
            {
                found.Add(ReferenceEquals(other.Value, ecli?.Value) ? ecliCitation! : Standalone(other));
            }
            else if (detail.Ljn is { } l)
            {
                found.Add(l.Value with { Span = new TextSpan(l.Start, l.End - l.Start) });
            }
        }

        return found;
    }

    private static EcliCitation Standalone(Captured<EcliCitation> ecli) =>
        ecli.Value with { Span = new TextSpan(ecli.Start, ecli.End - ecli.Start), Text = ecli.Text };

    // Without an instance, the court is known from the case number's letter or the ECtHR's application label.
    private static (string? Country, string? Code) CourtWithoutInstance(CaseDetail head, string[] numbers) =>
        head.IsApplication ? ("CE", "ECHR")
        : numbers.Length > 0 && CaseFacts.EuCourtOf(numbers[0]) is { } court && head.Report is null ? ("EU", court)
        : (null, null);
}

/// <summary>One part of a case citation as the grammar reads it; <see cref="CaseGrammar"/> folds them into the record.</summary>
internal sealed record CaseDetail
{
    public CaseHead? Head { get; init; }

    public Captured<EcliCitation>? Ecli { get; init; }

    public Captured<LjnCitation>? Ljn { get; init; }

    public IReadOnlyList<string>? CaseNumbers { get; init; }

    public bool IsApplication { get; init; }

    public string? Pinpoint { get; init; }

    public string? Conclusion { get; init; }

    public CaseReport? Report { get; init; }

    public string? Nickname { get; init; }

    public string? Location { get; init; }
}
