namespace Citaties.Catalog;

/// <summary>One article of a law, as imported from BWB XML.</summary>
public sealed record ArticleEntry
{
    /// <summary>The article label as the law numbers it: <c>125p</c>, <c>1:3</c>, <c>2.1</c>; for BW books the within-book number.</summary>
    public string Label { get; init; } = string.Empty;

    /// <summary>True when the article is marked vervallen (repealed).</summary>
    public bool Repealed { get; init; }

    /// <summary>How many leden (numbered paragraphs) the article has; 0 when it has none.</summary>
    public int Paragraphs { get; init; }
}
