using System;
using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A citation of soft law: an aanwijzing of the Aanwijzingen voor de regelgeving (<c>aanwijzing 3.29 van de Aanwijzingen
/// voor de regelgeving</c>, <c>aanwijzing 3.29 Ar</c>, <c>Ar 3.29</c>), or a circular, policy rule or instruction cited
/// by its title and its place in the Staatscourant as Ar 3.37 and the Leidraad want it
/// (<c>Circulaire van de Minister van Justitie van 10 december 2004 (Stcrt. 2004, 245)</c>,
/// <c>Beleidsregels ..., Stcrt. 2019, 5678</c>).
/// </summary>
/// <remarks>
/// The Staatscourant of a circular is also found as a <see cref="GazetteCitation"/> of its own, so that the gazette
/// rules see every Stcrt.; <see cref="Gazette"/> is that publication, its span relative to this citation.
/// </remarks>
public sealed record GuidanceCitation : Citation
{
    /// <summary>
    /// The instrument: <c>Aanwijzingen voor de regelgeving</c> however the Ar is named, or the title of a circular or
    /// policy rule as written, with single spaces.
    /// </summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The numbers of the aanwijzingen cited, as written (<c>3.29</c>, <c>4.50</c>); empty for a whole instrument.</summary>
    public IReadOnlyList<string> Items { get; init; } = Array.Empty<string>();

    /// <summary>The lid of the aanwijzing as a number (<c>2</c> for <c>tweede lid</c>); null when not given.</summary>
    public string? Paragraph { get; init; }

    /// <summary>The BWB id of the instrument where the catalog knows its title (<c>BWBR0005730</c> for the Ar); otherwise null.</summary>
    public string? BwbId { get; init; }

    /// <summary>The Staatscourant publication of a circular or policy rule, its span relative to this citation; null for an aanwijzing.</summary>
    public GazetteCitation? Gazette { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Guidance;

    private protected override string FormatCanonical() => GuidanceFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => GuidanceLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => GuidanceFields.Write(writer, this);

    internal override Citation MapInnerSpans(Func<TextSpan, TextSpan> toCitationRelative) =>
        Gazette is null ? this : this with { Gazette = Gazette with { Span = toCitationRelative(Gazette.Span) } };
}
