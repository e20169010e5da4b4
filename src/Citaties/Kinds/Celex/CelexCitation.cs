using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A CELEX number: <c>CELEX 32022R2065</c>, <c>62014CJ0362</c>, <c>02016R0679-20160504</c>. Parsed leniently,
/// so that a malformed number (<c>3202R2065</c>) is still recognised and can be reported.
/// </summary>
public sealed record CelexCitation : Citation
{
    /// <summary>The CELEX number in upper case, without the <c>CELEX</c> label: <c>32022R2065</c>.</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The sector: <c>3</c> legislation, <c>6</c> case law, <c>0</c> consolidated text, ...</summary>
    public char Sector { get; init; }

    /// <summary>The year digits as written (four when well formed).</summary>
    public string YearText { get; init; } = string.Empty;

    /// <summary>The year, as a number.</summary>
    public int Year { get; init; }

    /// <summary>The document-type descriptor: <c>R</c>, <c>L</c>, <c>D</c>, <c>CJ</c>, ...</summary>
    public string Descriptor { get; init; } = string.Empty;

    /// <summary>The document number as written, with its zero padding: <c>2065</c>, <c>0362</c>.</summary>
    public string Number { get; init; } = string.Empty;

    /// <summary>What follows the number: <c>R(01)</c> (corrigendum), <c>(01)</c>, <c>-20160504</c> (consolidation date); null when nothing.</summary>
    public string? Suffix { get; init; }

    /// <summary>
    /// True when the number has the CELEX shape: a four-digit year, a one- or two-letter descriptor and at
    /// least four digits. Whether the descriptor exists in the sector is left to the validator.
    /// </summary>
    public bool IsWellFormed => YearText.Length == 4 && Descriptor.Length is 1 or 2 && Number.Length >= 4;

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Celex;

    private protected override string FormatCanonical() => CelexFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => CelexLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => CelexFields.Write(writer, this);
}
