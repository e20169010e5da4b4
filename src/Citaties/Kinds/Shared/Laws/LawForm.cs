namespace Citaties.Model;

/// <summary>How an article citation names its law (rules CIT2008, CIT2009 and the resolver depend on it).</summary>
public enum LawForm
{
    /// <summary>No law follows the article: <c>artikel 5</c>.</summary>
    None,

    /// <summary>An abbreviation: <c>artikel 125p Sv</c>, <c>Artikel 15 van de DSA</c>, <c>artikel 2.1 Wet IB 2001</c>.</summary>
    Abbreviation,

    /// <summary>A title after <c>van de</c>/<c>van het</c>: <c>artikel 6 van de Algemene wet bestuursrecht</c>.</summary>
    Title,

    /// <summary>A title without <c>van de</c>/<c>van het</c>: <c>artikel 5 Bekendmakingswet</c> (CIT2009).</summary>
    TitleWithoutVan,

    /// <summary>An EU act by number: <c>artikel 28 van Verordening (EU) 2022/2065</c>.</summary>
    EuAct,

    /// <summary>A book of the Burgerlijk Wetboek: <c>artikel 162 van Boek 6 van het Burgerlijk Wetboek</c>.</summary>
    BookOfBw,

    /// <summary>A reference back to a law named earlier: <c>van die wet</c>, <c>van deze regeling</c>, <c>van de wet</c>.</summary>
    DeicticReference,
}
