using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A law named by its title alone, without an article (citation-rules.md 6.1): <c>de Omgevingswet</c>,
/// <c>de Jeugdwet</c>, <c>het Burgerlijk Wetboek</c>, <c>de Wet maatschappelijke ondersteuning 2015</c>. Only titles
/// the catalog knows (its own entries and the BWB titles of 2012) are found, written with their capital, so that
/// prose with words ending in <c>-wet</c> (<c>een natuurwet</c>) gives nothing. A title that an article citation
/// names is part of that citation and is not found again on its own.
/// </summary>
public sealed record LawCitation : Citation
{
    /// <summary>The title as written, with single spaces: <c>Omgevingswet</c>.</summary>
    public string LawText { get; init; } = string.Empty;

    /// <summary>The law, as the resolver identifies it from the catalog; null before resolution.</summary>
    public LawReference? Law { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Law;

    internal override bool GivesWayToOverlap => true;

    private protected override string FormatCanonical() => Law?.Title ?? LawText;

    private protected override IReadOnlyList<string> BuildLinks() => LawLinks.For(Law);

    internal override void WriteFields(Utf8JsonWriter writer)
    {
        writer.WriteString("lawText", LawText);
        LawFields.Write(writer, Law);
    }
}
