using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Citaties.Catalog;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// An EU act cited by its number: <c>Verordening (EU) 2022/2065</c>, <c>Richtlijn 2000/31/EG</c>,
/// <c>Verordening (EG) nr. 593/2008</c>, <c>Regulation (EU) 2016/679</c>.
/// </summary>
public sealed record EuActCitation : Citation
{
    /// <summary>
    /// The Dutch act type: <c>Verordening</c>, <c>Richtlijn</c>, <c>Besluit</c>, <c>Uitvoeringsverordening</c>,
    /// <c>Gedelegeerde Verordening</c>, <c>Kaderbesluit</c>, ... (English types are mapped to these).
    /// </summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>The type as written, e.g. <c>verordening</c> or <c>Regulation</c>.</summary>
    public string WrittenType { get; init; } = string.Empty;

    /// <summary>
    /// The Dutch domain: <c>EU</c>, <c>EG</c>, <c>EEG</c>, <c>EGKS</c>, <c>Euratom</c>, <c>EU, Euratom</c>,
    /// <c>GBVB</c>, <c>JBZ</c> (English <c>EC</c>, <c>CFSP</c>, ... mapped); null when none was written.
    /// </summary>
    public string? Domain { get; init; }

    /// <summary>True when the domain was written after the number (<c>2000/31/EG</c>), false for <c>(EU) 2022/2065</c>.</summary>
    public bool DomainAfterNumber { get; init; }

    /// <summary>The year of the act, completed to four digits (<c>92/43/EEG</c> is 1992).</summary>
    public int Year { get; init; }

    /// <summary>The running number of the act within its year.</summary>
    public int Number { get; init; }

    /// <summary>True when <c>nr.</c> (or English <c>No</c>) was written before the number.</summary>
    public bool HasNr { get; init; }

    /// <summary>True when the number was written before the year (old regulations: <c>nr. 593/2008</c>).</summary>
    public bool NumberFirst { get; init; }

    /// <summary>True when the year was written with two digits (<c>92/43/EEG</c>, <c>nr. 2820/98</c>).</summary>
    public bool ShortYear { get; init; }

    /// <summary>
    /// The CELEX number derived from the act number: sector 3, the year, R (regulation), L (directive),
    /// D (decision) or F (framework decision), and the number padded to four digits: <c>32022R2065</c>.
    /// </summary>
    public string Celex =>
        "3" + Year.ToString("0000", CultureInfo.InvariantCulture)
        + CelexDescriptors.ForActType(Type, Domain)
        + Number.ToString("0000", CultureInfo.InvariantCulture);

    /// <summary>
    /// Where the official title after the number is written (<c>van het Europees Parlement en de Raad van 27 april 2016
    /// betreffende ...</c>), relative to the start of this citation; null when only the number is written.
    /// </summary>
    public TextSpan? TitleSpan { get; init; }

    /// <summary>The length of the act's number as written, from the start of the citation to its title (or its end).</summary>
    internal int NumberLength => TitleSpan is { } title ? title.Start - 1 : Span.Length;

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.EuAct;

    private protected override string FormatCanonical() => EuActFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => EuActLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => EuActFields.Write(writer, this);

    internal override Citation MapInnerSpans(Func<TextSpan, TextSpan> toCitationRelative) =>
        TitleSpan is { } title ? this with { TitleSpan = toCitationRelative(title) } : this;
}
