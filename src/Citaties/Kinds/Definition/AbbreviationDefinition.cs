using System;
using System.Collections.Generic;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// An abbreviation the text defines for itself: <c>Wetboek van Strafvordering (hierna: Sv)</c>,
/// <c>digitaledienstenverordening (Digital Services Act, hierna: DSA)</c>, <c>wetsvoorstel gemeentelijk
/// toezicht op seksbedrijven (Wgts)</c>. The <see cref="Citation.Span"/> covers the expansion (or, for
/// <see cref="DefinitionForm.HiernaInside"/>, the phrase the bracket follows) and the bracket.
/// </summary>
public sealed record AbbreviationDefinition : Citation
{
    /// <summary>The abbreviation as defined, without quotes and with runs of white space as one space: <c>Sv</c>, <c>de Wet</c>.</summary>
    public string Abbreviation { get; init; } = string.Empty;

    /// <summary>The phrase the abbreviation stands for, with runs of white space as one space: <c>Wetboek van Strafvordering</c>.</summary>
    public string Expansion { get; init; } = string.Empty;

    /// <summary>How the definition is written.</summary>
    public DefinitionForm Form { get; init; }

    /// <summary>True when the abbreviation stands between quotes: <c>(hierna: "de Wet")</c>.</summary>
    public bool Quoted { get; init; }

    /// <summary>
    /// Where the expansion stands, relative to the start of the citation: an offset into <see cref="Citation.Text"/>,
    /// so <c>Text.Substring(ExpansionSpan.Start, ExpansionSpan.Length)</c> is the expansion as written.
    /// </summary>
    public TextSpan ExpansionSpan { get; init; }

    /// <summary>
    /// Where the abbreviation stands (quotes excluded), relative to the start of the citation like
    /// <see cref="ExpansionSpan"/>.
    /// </summary>
    public TextSpan AbbreviationSpan { get; init; }

    /// <summary>
    /// The law the expansion names, as the resolver identifies it (<c>Digital Services Act</c> is Verordening (EU)
    /// 2022/2065); a law the catalog does not know keeps the expansion as its title (a bill); null when the
    /// expansion names no law (<c>Autoriteit Consument &amp; Markt (hierna: ACM)</c>) or before resolution.
    /// </summary>
    public LawReference? Law { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Definition;

    private protected override string FormatCanonical() => DefinitionFormatter.Format(this);

    // A definition names no source of its own: what it abbreviates is resolved elsewhere.
    private protected override IReadOnlyList<string> BuildLinks() => Array.Empty<string>();

    internal override void WriteFields(Utf8JsonWriter writer) => DefinitionFields.Write(writer, this);

    internal override Citation MapInnerSpans(Func<TextSpan, TextSpan> toCitationRelative) => this with
    {
        ExpansionSpan = toCitationRelative(ExpansionSpan),
        AbbreviationSpan = toCitationRelative(AbbreviationSpan),
    };
}
