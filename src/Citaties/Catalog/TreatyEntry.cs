using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>A treaty cited by abbreviation: <c>EVRM</c>, <c>VWEU</c>.</summary>
public sealed record TreatyEntry
{
    /// <summary>The Dutch title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>Abbreviations: <c>EVRM</c>, <c>VWEU</c>.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = new List<string>();

    /// <summary>The BWB id of the treaty (<c>BWBV...</c>), when known.</summary>
    public string? Bwb { get; init; }

    /// <summary>The CELEX number, for EU treaties.</summary>
    public string? Celex { get; init; }

    /// <summary>The number of articles, when known.</summary>
    public int? ArticleCount { get; init; }
}
