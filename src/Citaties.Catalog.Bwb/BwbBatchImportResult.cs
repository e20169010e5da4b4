using System.Collections.Generic;

namespace Citaties.Catalog.Bwb;

/// <summary>What importing several BWB XML files yielded: the catalog, and per file what happened.</summary>
public sealed record BwbBatchImportResult
{
    /// <summary>The laws of every file that could be imported, in the order the files were given.</summary>
    public CatalogDocument Catalog { get; init; } = new();

    /// <summary>The result of every file that could be read, in the order the files were given.</summary>
    public IReadOnlyList<BwbImportResult> Files { get; init; } = new List<BwbImportResult>();

    /// <summary>Every warning, of all files and of combining them (WTI metadata, duplicate BWB ids).</summary>
    public IReadOnlyList<BwbImportWarning> Warnings { get; init; } = new List<BwbImportWarning>();

    /// <summary>The files that could not be imported; the others were imported regardless.</summary>
    public IReadOnlyList<BwbImportException> Failures { get; init; } = new List<BwbImportException>();
}
