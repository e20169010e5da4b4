using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>
/// The contents of one catalog file (the embedded default or a user's <c>catalog.json</c>): laws,
/// EU acts, treaties and ECLI court codes. Every list may be empty; a user file usually holds only laws
/// produced by a BWB import.
/// </summary>
public sealed record CatalogDocument
{
    /// <summary>The format version of the file; this library reads and writes version 1.</summary>
    public int Version { get; init; } = 1;

    /// <summary>Dutch regulations (wetten, AMvB's, regelingen), one entry per BWB id (every BW book separately).</summary>
    public IReadOnlyList<LawEntry> Laws { get; init; } = new List<LawEntry>();

    /// <summary>EU acts, one entry per CELEX number.</summary>
    public IReadOnlyList<EuActEntry> EuActs { get; init; } = new List<EuActEntry>();

    /// <summary>Treaties (EVRM, VEU, VWEU, ...).</summary>
    public IReadOnlyList<TreatyEntry> Treaties { get; init; } = new List<TreatyEntry>();

    /// <summary>ECLI court codes.</summary>
    public IReadOnlyList<CourtEntry> Courts { get; init; } = new List<CourtEntry>();
}
