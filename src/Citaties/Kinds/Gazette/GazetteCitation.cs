using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A place of publication in an official journal: <c>Stb. 2023, 123</c>, <c>Stcrt. 2024, 5678</c>,
/// <c>Trb. 2008, 175</c>, the decentral journals (<c>Gmb.</c>, <c>Prb.</c>, <c>Wsb.</c>, <c>Bgr.</c>) and the
/// Official Journal of the EU (<c>PbEU 2022, L 277/1</c>, <c>PbEU L 2024/325</c>).
/// </summary>
public sealed record GazetteCitation : Citation
{
    /// <summary>The canonical abbreviation: <c>Stb</c>, <c>Stcrt</c>, <c>Trb</c>, <c>Gmb</c>, <c>Prb</c>, <c>Wsb</c>, <c>Bgr</c>, <c>PbEU</c> or <c>PbEG</c>.</summary>
    public string Journal { get; init; } = string.Empty;

    /// <summary>The journal as written: <c>Staatsblad</c>, <c>Stb</c>, <c>Stb.</c>, <c>Pb EG</c>.</summary>
    public string JournalWritten { get; init; } = string.Empty;

    /// <summary>The year; null when it is left out (<c>Stb. 575</c>, CIT4001) or a placeholder.</summary>
    public int? Year { get; init; }

    /// <summary>
    /// The number as written, without thousands dots (<c>123</c>, <c>0</c>, <c>120k</c>); for the PbEU the issue
    /// number (<c>277</c>) or, act by act, the act number (<c>325</c>). Null when left out or a placeholder.
    /// </summary>
    public string? Number { get; init; }

    /// <summary>The PbEU series, <c>L</c> or <c>C</c>; null for Dutch journals.</summary>
    public string? Series { get; init; }

    /// <summary>The first page in a PbEU issue (<c>1</c> in <c>L 277/1</c>, <c>56</c> in <c>L 143 p. 56</c>); null when not given.</summary>
    public string? Page { get; init; }

    /// <summary>The issue date as written for a Staatscourant cited by date (<c>20 juli 1999</c>); otherwise null.</summary>
    public string? Date { get; init; }

    /// <summary>True for the act-by-act PbEU form of 1 October 2023 onwards: <c>PbEU L 2024/325</c>.</summary>
    public bool IsActByAct { get; init; }

    /// <summary>True for the placeholder of a draft, <c>Stb. …, …</c> (Ar 3.45 lid 2), to be filled in at publication.</summary>
    public bool IsPlaceholder { get; init; }

    /// <summary>How the citation departs from the canonical form (CIT4004).</summary>
    public GazetteStyle Style { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Gazette;

    private protected override string FormatCanonical() => GazetteFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => GazetteLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => GazetteFields.Write(writer, this);
}
