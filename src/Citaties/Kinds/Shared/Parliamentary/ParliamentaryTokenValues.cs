using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>A chamber and how it was written.</summary>
internal readonly record struct ChamberToken(Chamber Chamber, string Text);

/// <summary>A vergaderjaar, how it was written, and the word before it (<c>vergaderjaar</c>, <c>Zitting</c>) if any.</summary>
internal readonly record struct SessionYearToken(SessionYear Year, string Text, string? Word);

/// <summary>
/// Pages after their label: <see cref="Pages"/> normalised (<c>22-24</c>, <c>12 en 16</c>), <see cref="Written"/> the
/// label and pages as they stand in the window (<c>pag 8/9</c>), for CIT1015's fix.
/// </summary>
internal sealed record PagesToken(string Label, string Pages, string Written);

/// <summary>
/// A dossier as parsed, with the ondernummer when it was glued on with a hyphen (<c>21501-02-1855</c>).
/// <see cref="SuffixAfterHyphen"/> tells whether a numeric suffix may really be an ondernummer (<c>36100-3</c>).
/// </summary>
internal readonly record struct DossierToken(Dossier Dossier, bool SuffixAfterHyphen, string? HyphenNumber);

/// <summary>The label before an ondernummer: <c>nr.</c>, <c>nrs.</c>, <c>nummer</c>, <c>letter</c>.</summary>
/// <param name="Text">As written.</param>
/// <param name="Plural">True for <c>nrs.</c>/<c>nummers</c>, which may be followed by a comma-separated list.</param>
/// <param name="IsNumberWord">True for the <c>nr.</c> family, false for <c>letter</c>.</param>
/// <param name="SpaceAfter">False when the number follows without a space (<c>nr.3</c>).</param>
internal readonly record struct NumberLabelToken(string Text, bool Plural, bool IsNumberWord, bool SpaceAfter);

/// <summary>The ondernummers after a dossier and what was written around them.</summary>
internal sealed record PiecesToken(IReadOnlyList<KamerstukPiece> Pieces, NumberLabelToken? Label, string? PagesLabel, string? DocumentType, bool MissingComma)
{
    /// <summary>The first group's label and pages as written (<c>blz 8</c>); null when it has none.</summary>
    public string? PagesWritten { get; init; }
}
