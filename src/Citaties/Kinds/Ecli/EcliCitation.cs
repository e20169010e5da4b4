using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A European Case Law Identifier: <c>ECLI:NL:HR:2016:162</c>, the CJEU form without prefix <c>EU:C:2005:446</c>,
/// or one of the misspellings of citation-rules.md section 8.4 with its <see cref="Defects"/> recorded.
/// <see cref="Country"/>, <see cref="Court"/>, <see cref="Year"/> and <see cref="Ordinal"/> hold the parts as
/// interpreted: after repair for a repairable defect (<c>ECLI:HR:2016:113</c> has country <c>NL</c>), by position
/// otherwise (<c>ECLI:C:EU:2013:180</c> has country <c>C</c> and court <c>EU</c>).
/// </summary>
public sealed record EcliCitation : Citation
{
    /// <summary>
    /// The identifier in canonical upper case with the <c>ECLI:</c> prefix: the parsed value when well formed, the
    /// <see cref="Repaired"/> value when the defects are repairable, otherwise the text as written, upper-cased.
    /// </summary>
    public string Value { get; init; } = string.Empty;

    /// <summary>The country part (<c>NL</c>, <c>EU</c>, <c>CE</c>), upper case; null when it cannot be told.</summary>
    public string? Country { get; init; }

    /// <summary>The court code (<c>HR</c>, <c>RBDHA</c>, <c>C</c>, <c>ECHR</c>), upper case; null when missing.</summary>
    public string? Court { get; init; }

    /// <summary>The year of the decision; null when missing or not four digits.</summary>
    public int? Year { get; init; }

    /// <summary>The ordinal (<c>162</c>, <c>AR5213</c>, <c>0913JUD005054108</c>), upper case; null when missing.</summary>
    public string? Ordinal { get; init; }

    /// <summary>
    /// The ordinal as written, upper case: differs from <see cref="Ordinal"/> only when leading zeros were dropped
    /// (<c>01234</c> for <c>ECLI:NL:HR:2020:01234</c>, CIT3004); null when missing.
    /// </summary>
    public string? OrdinalAsWritten { get; init; }

    /// <summary>
    /// False for the form the CJEU itself uses, <c>EU:C:2005:446</c>: valid, but an Info-level candidate for
    /// normalisation. A misspelled prefix (<c>ELCI:</c>) counts as present.
    /// </summary>
    public bool HasPrefix { get; init; } = true;

    /// <summary>What is wrong with the identifier as written; <see cref="EcliDefect.None"/> when well formed.</summary>
    public EcliDefect Defects { get; init; }

    /// <summary>
    /// The corrected identifier when <see cref="Defects"/> is not <see cref="EcliDefect.None"/> and every defect
    /// can be repaired from the text alone; otherwise null.
    /// </summary>
    public string? Repaired { get; init; }

    /// <summary>True when the identifier has no defects.</summary>
    public bool IsWellFormed => Defects == EcliDefect.None;

    /// <summary>
    /// True for a Dutch ordinal in the form of a former LJN (two letters, four digits: <c>AR5213</c>); with a
    /// year after 2013 the validator warns (CIT3005), since LJNs were no longer issued then.
    /// </summary>
    public bool IsLjnOrdinal => Country == "NL" && Ordinal is { } o && LjnCitation.IsLjn(o);

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Ecli;

    private protected override string FormatCanonical() => EcliFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => EcliLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => EcliFields.Write(writer, this);
}
