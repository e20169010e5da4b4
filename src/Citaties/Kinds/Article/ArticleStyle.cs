namespace Citaties.Model;

/// <summary>The written forms of an article citation (citation-rules.md 6.2, 6.3; DESIGN.md profiles).</summary>
public enum ArticleStyle
{
    /// <summary>
    /// Memorie/nota van toelichting (Ar 4.50), the canonical form: <c>artikel 6, vierde lid, onderdeel c, van de
    /// Algemene wet bestuursrecht</c>, <c>artikel 10, tweede lid, Wob</c>, <c>artikel 6:162 BW</c>,
    /// <c>de artikelen 3 tot en met 5</c>.
    /// </summary>
    Toelichting,

    /// <summary>
    /// Normative text (Ar 3.29, 3.34, 4.24): as <see cref="Toelichting"/>, but a law by its title where the
    /// resolver knows it and the BW by book: <c>artikel 162 van Boek 6 van het Burgerlijk Wetboek</c>.
    /// </summary>
    Regeling,

    /// <summary>The Leidraad short form: <c>art. 6:162 lid 2 BW</c>, <c>art. 6 lid 4 onder c Awb</c>, <c>art. 16h t/m 16m</c>.</summary>
    Literature,
}
