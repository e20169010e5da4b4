using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Citaties.Kinds;

namespace Citaties.Model;

/// <summary>
/// A parliamentary paper: <c>Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3</c>, <c>Kamerstuk 28 638, nr. 178</c>,
/// <c>Kamerstukken I 2008/09, 31 700 VI, D</c>, a whole bill <c>Kamerstukken 31945</c>, or a bare id such as
/// <c>21501-02-1855</c>. Keeps what was written (label, commas, page label) so the validator can judge the form.
/// </summary>
public sealed record KamerstukCitation : Citation
{
    /// <summary>The label as written (<c>Kamerstukken</c>, <c>Kamerstuk</c>, <c>kamerstuk</c>, <c>Kamerbrief</c>, <c>TK</c>); null for a bare id.</summary>
    public string? Label { get; init; }

    /// <summary>The appendix prefix as written (<c>bijlage bij</c>), or null.</summary>
    public string? AppendixText { get; init; }

    /// <summary>True when an appendix of the paper is cited (<c>bijlage bij Kamerstuk ...</c>).</summary>
    public bool Appendix => AppendixText is not null;

    /// <summary>The chamber, when written (or implied by the label <c>TK</c>).</summary>
    public Chamber? Chamber { get; init; }

    /// <summary>The chamber as written (<c>II</c>, <c>I/II</c>, <c>Tweede Kamer</c>); null when not written.</summary>
    public string? ChamberText { get; init; }

    /// <summary>True when a comma follows the chamber (<c>Kamerstukken II, 2008/09</c>).</summary>
    public bool CommaAfterChamber { get; init; }

    /// <summary>The vergaderjaar, when written.</summary>
    public SessionYear? SessionYear { get; init; }

    /// <summary>The vergaderjaar as written (<c>2008-2009</c>, <c>2018/19</c>); null when absent.</summary>
    public string? SessionYearText { get; init; }

    /// <summary>The word before the vergaderjaar as written (<c>vergaderjaar</c>, <c>Zitting</c>), or null.</summary>
    public string? SessionYearWord { get; init; }

    /// <summary>The dossiers, in the order written; an ondernummer belongs to the first. Empty when only <c>nr.</c> was written.</summary>
    public IReadOnlyList<Dossier> Dossiers { get; init; } = System.Array.Empty<Dossier>();

    /// <summary>The ondernummers with their pages (<c>nr. 6, p. 15-16; nr. 7, p. 5-6</c>); empty for a whole dossier.</summary>
    public IReadOnlyList<KamerstukPiece> Pieces { get; init; } = System.Array.Empty<KamerstukPiece>();

    /// <summary>Every ondernummer (<c>520</c>, <c>548</c> for <c>nrs. 520 en 548</c>).</summary>
    public IReadOnlyList<string> Numbers => Pieces.Select(p => p.Number).ToArray();

    /// <summary>The first ondernummer (<c>178</c>, <c>188b</c>, <c>D</c>); null for a whole dossier.</summary>
    public string? Number => Pieces.Count > 0 ? Pieces[0].Number : null;

    /// <summary>The first pages cited (<c>7-8</c>), or null.</summary>
    public string? Pages => Pieces.Select(p => p.Pages).FirstOrDefault(p => p is not null);

    /// <summary>The label before the first ondernummer as written (<c>nr.</c>, <c>Nr.</c>, <c>nrs.</c>, <c>nummer</c>, <c>letter</c>); null when none.</summary>
    public string? NumberLabel { get; init; }

    /// <summary>True when <c>nr.</c>, <c>nrs.</c> or <c>nummer</c> was written before the ondernummer (false for a bare letter <c>D</c>).</summary>
    public bool NumberLabelled { get; init; }

    /// <summary>False when the ondernummer follows its label without a space (<c>nr.3</c>).</summary>
    public bool SpaceAfterNumberLabel { get; init; } = true;

    /// <summary>The page label as written (<c>p.</c>, <c>blz.</c>, <c>bladzijde</c>), or null.</summary>
    public string? PagesLabel { get; init; }

    /// <summary>The first pages with their label as written (<c>pag 8/9</c>), for CIT1015; null when none.</summary>
    internal string? PagesWritten { get; init; }

    /// <summary>True when a comma between two parts was left out (<c>34 000-XVI nr. 8</c>, <c>2020/21 35 570-IX</c>).</summary>
    public bool MissingComma { get; init; }

    /// <summary>True when dossier and ondernummer were written as one hyphenated id (<c>36100-3</c>, <c>21501-02-1855</c>).</summary>
    public bool HyphenId { get; init; }

    /// <summary>A document type written in brackets after the ondernummer (<c>MvT</c> in <c>nr. 3 (MvT)</c>), or null.</summary>
    public string? DocumentType { get; init; }

    /// <inheritdoc />
    public override CitationKind Kind => CitationKind.Kamerstuk;

    private protected override string FormatCanonical() => KamerstukFormatter.Format(this);

    private protected override IReadOnlyList<string> BuildLinks() => KamerstukLinks.For(this);

    internal override void WriteFields(Utf8JsonWriter writer) => KamerstukFields.Write(writer, this);
}
