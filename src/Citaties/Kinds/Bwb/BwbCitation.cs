using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>A BWB id of a consolidated regulation (<c>BWBR0001903</c>) or treaty (<c>BWBV0001000</c>).</summary>
public sealed record BwbCitation : Citation
{
    /// <summary>The id in canonical upper case, as parsed (which may have the wrong number of digits).</summary>
    public string Value { get; init; } = string.Empty;

    /// <summary><c>R</c> for a regulation, <c>V</c> for a treaty.</summary>
    public char Type { get; init; }

    /// <summary>The digits after the type letter.</summary>
    public string Digits { get; init; } = string.Empty;

    /// <summary>True when the id has the required seven digits.</summary>
    public bool IsWellFormed => Digits.Length == 7;

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Bwb;

    private protected override string FormatCanonical() => BwbFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => BwbLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => BwbFields.Write(writer, this);
}
