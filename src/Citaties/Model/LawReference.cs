namespace Citaties.Model;

/// <summary>
/// The law an article citation refers to, as the resolver identifies it from the catalog: a Dutch regulation
/// (abbreviation, citeertitel, BWB id) or an EU act (CELEX). The grammar leaves it null; the written form
/// stays in <see cref="ArticleCitation.LawText"/> and <see cref="ArticleCitation.LawForm"/>.
/// </summary>
public sealed record LawReference
{
    /// <summary>The abbreviation, e.g. <c>Sv</c>, <c>DSA</c>; null when the law has none.</summary>
    public string? Abbreviation { get; init; }

    /// <summary>The citeertitel or EU title, e.g. <c>Wetboek van Strafvordering</c>; null when unknown.</summary>
    public string? Title { get; init; }

    /// <summary>The BWB id of a Dutch regulation or treaty, e.g. <c>BWBR0001903</c>; null otherwise.</summary>
    public string? Bwb { get; init; }

    /// <summary>The CELEX number of an EU act, e.g. <c>32022R2065</c>; null otherwise.</summary>
    public string? Celex { get; init; }
}
