using Citaties.Catalog;

namespace Citaties.Model;

/// <summary>
/// The law an article citation (or the expansion of a definition) refers to, as the resolver identifies it
/// from the document's own definitions and the catalog: a Dutch regulation (abbreviation, citeertitel, BWB id),
/// an EU act (CELEX) or a treaty. The grammar leaves it null; the written form stays in
/// <see cref="ArticleCitation.LawText"/> and <see cref="ArticleCitation.LawForm"/>.
/// </summary>
public sealed record LawReference
{
    /// <summary>
    /// The abbreviation: as the document defines it (<c>Sv</c> in <c>(hierna: Sv)</c>), else the catalog's
    /// spelling of the one written (<c>Awb</c> for <c>AWB</c>), else the law's official abbreviation; null when it has none.
    /// </summary>
    public string? Abbreviation { get; init; }

    /// <summary>The citeertitel or EU title, e.g. <c>Wetboek van Strafvordering</c>; the title as written for a law the catalog does not know; null when unknown.</summary>
    public string? Title { get; init; }

    /// <summary>The BWB id of a Dutch regulation or treaty, e.g. <c>BWBR0001903</c>; null otherwise.</summary>
    public string? Bwb { get; init; }

    /// <summary>The CELEX number of an EU act or EU treaty, e.g. <c>32022R2065</c>; null otherwise.</summary>
    public string? Celex { get; init; }

    /// <summary>How the law was found.</summary>
    public LawSource Source { get; init; }

    /// <summary>
    /// False when the citation wrote the abbreviation with other capitals than the definition or the catalog
    /// (<c>AWB</c> for <c>Awb</c>, CIT2011); true otherwise, also when no abbreviation was written.
    /// </summary>
    public bool ExactCase { get; init; } = true;

    /// <summary>The catalog's entry of a Dutch regulation, with its article list and its version date when imported (CIT2002, CIT2012); null otherwise.</summary>
    public LawEntry? LawEntry { get; init; }

    /// <summary>The catalog's entry of an EU act (with its article count, when known); null otherwise.</summary>
    public EuActEntry? EuActEntry { get; init; }

    /// <summary>The catalog's entry of a treaty (with its article count, when known); null otherwise.</summary>
    public TreatyEntry? TreatyEntry { get; init; }
}
