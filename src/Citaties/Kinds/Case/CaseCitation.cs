using System;
using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A citation of a decision as the Leidraad and Ar 3.44 write it (citation-rules.md 7.1): an instance and a date
/// with the month written out (<c>HR 8 juli 2016</c>), then any of an ECLI, case numbers, a pinpoint
/// (<c>r.o. 3.8</c>), the conclusion of the Advocate General, journal reports (<c>NJ 2017/13, m.nt. T. Hartlief</c>)
/// and a nickname in brackets. A journal report alone (<c>NJ 2017/13</c>) and a European case number alone
/// (<c>zaak C-311/18</c>) are case citations too; they have no <see cref="Court"/> and no <see cref="Date"/>.
/// </summary>
/// <remarks>
/// The ECLI and the LJN inside a case citation are also found as citations of their own (<see cref="EcliCitation"/>,
/// <see cref="LjnCitation"/>, with spans inside this one), so that whatever reads ECLIs (the ECLI rules, a search for
/// an ECLI) sees every ECLI whether it stands alone or in a case citation; <see cref="Ecli"/> is the same record.
/// </remarks>
public sealed record CaseCitation : Citation
{
    /// <summary>The instance as written, with single spaces: <c>HR</c>, <c>Hof Arnhem-Leeuwarden</c>, <c>Rb. Den Haag</c>, <c>HvJ EU</c>; null when not given.</summary>
    public string? Court { get; init; }

    /// <summary>The ECLI court code of the instance (<c>HR</c>, <c>GHARL</c>, <c>RBDHA</c>, <c>C</c>, <c>ECHR</c>) from the court catalog; null when it has none or is unknown.</summary>
    public string? CourtCode { get; init; }

    /// <summary>The ECLI country of <see cref="CourtCode"/>: <c>NL</c>, <c>EU</c> or <c>CE</c>; null with it.</summary>
    public string? CourtCountry { get; init; }

    /// <summary>Where a court sat, from <c>(zittingsplaats Haarlem)</c>; otherwise null.</summary>
    public string? Location { get; init; }

    /// <summary>What a bracket after the instance says of the judge or chamber: <c>vzr.</c>, <c>pres.</c>, <c>GK</c>; otherwise null.</summary>
    public string? Qualifier { get; init; }

    /// <summary>The day of the month of the decision as written (1-31, also when the month has fewer days); null when no date is given.</summary>
    public int? Day { get; init; }

    /// <summary>The month of the decision, 1-12; null when no date is given.</summary>
    public int? Month { get; init; }

    /// <summary>The year of the decision; null when no date is given.</summary>
    public int? Year { get; init; }

    /// <summary>The date of the decision; null when none is given or it does not exist (<c>31 juni 2016</c>).</summary>
    public DateTime? Date =>
        Year is { } y && Month is { } m && Day is { } d && y is >= 1 and <= 9999 && d <= DateTime.DaysInMonth(y, m)
            ? new DateTime(y, m, d, 0, 0, 0, DateTimeKind.Unspecified)
            : null;

    /// <summary>Where the date is written (<c>31 juni 2016</c>), relative to the start of this citation; null when no date is given.</summary>
    public TextSpan? DateSpan { get; init; }

    /// <summary>The ECLI of the decision, its span relative to the start of this citation; null when not given.</summary>
    public EcliCitation? Ecli { get; init; }

    /// <summary>The LJN of the decision (<c>AO7817</c>), upper case; null when not given.</summary>
    public string? Ljn { get; init; }

    /// <summary>
    /// Case numbers as written, without their label: <c>13/04993</c>, EU case numbers <c>C-311/18</c>, ECtHR
    /// application numbers <c>6289/73</c>; several for joined cases. Empty when none is given.
    /// </summary>
    public IReadOnlyList<string> CaseNumbers { get; init; } = Array.Empty<string>();

    /// <summary>The passage cited, as written: <c>r.o. 3.8</c>, <c>par. 45</c>, <c>punt 32 en 33</c>; null when not given.</summary>
    public string? Pinpoint { get; init; }

    /// <summary>The Advocate General whose conclusion is cited (<c>J. Spier</c> from <c>(concl. A-G J. Spier)</c>); null when not given.</summary>
    public string? Conclusion { get; init; }

    /// <summary>The journal reports, in the order written; empty when none is given.</summary>
    public IReadOnlyList<CaseReport> Reports { get; init; } = Array.Empty<CaseReport>();

    /// <summary>The nickname of the decision from its bracket (<c>Schrems II</c>); null when not given.</summary>
    public string? Nickname { get; init; }

    /// <summary>True for European case numbers (<c>C-</c>, <c>T-</c>, <c>F-</c>) among <see cref="CaseNumbers"/>.</summary>
    public bool HasEuCaseNumbers => CaseNumbers.Count > 0 && CaseFacts.IsEuCaseNumber(CaseNumbers[0]);

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Case;

    private protected override string FormatCanonical() => CaseFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => CaseLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => CaseFields.Write(writer, this);

    internal override Citation MapInnerSpans(Func<TextSpan, TextSpan> toCitationRelative) =>
        Ecli is null ? this : this with { Ecli = Ecli with { Span = toCitationRelative(Ecli.Span) } };
}
