using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>A Dutch regulation as the catalog knows it.</summary>
public sealed record LawEntry
{
    /// <summary>The citeertitel, e.g. <c>Wetboek van Strafvordering</c>; for a BW book <c>Burgerlijk Wetboek Boek 6</c>.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The BWB id, e.g. <c>BWBR0001903</c>; null for a bill or a regulation without one.</summary>
    public string? Bwb { get; init; }

    /// <summary>Official abbreviations (the <c>Afkorting</c> of the BWB id list, or those the Aanwijzingen use): <c>Sv</c>, <c>Awb</c>.</summary>
    public IReadOnlyList<string> Abbreviations { get; init; } = new List<string>();

    /// <summary>Abbreviations seen in practice but not official: <c>WvSv</c>.</summary>
    public IReadOnlyList<string> CustomaryAbbreviations { get; init; } = new List<string>();

    /// <summary>Other titles the law is known by (former or informal titles).</summary>
    public IReadOnlyList<string> OtherTitles { get; init; } = new List<string>();

    /// <summary>The book, for the books of the Burgerlijk Wetboek (<c>6</c>, <c>7A</c>); null otherwise.</summary>
    public string? Book { get; init; }

    /// <summary>True when the law has been repealed as a whole (e.g. the Wob, replaced by the Woo).</summary>
    public bool Repealed { get; init; }

    /// <summary>The article list in document order, when known (from a BWB import); null when unknown.</summary>
    public IReadOnlyList<ArticleEntry>? Articles { get; init; }

    /// <summary>The date of the version the article list was taken from (ISO <c>yyyy-MM-dd</c>), when known.</summary>
    public string? ArticlesAsOf { get; init; }

    /// <summary>Where the entry came from (a file name for an import), for messages.</summary>
    public string? Source { get; init; }
}
