namespace Citaties.Model;

/// <summary>
/// How the article number of an <see cref="ArticleCitation"/> is written, where it departs from <c>artikel 6:2 BW</c>
/// (issue #16 item 1). Each form gives the same record as the canonical one; CIT2015 reports the departure.
/// </summary>
public enum ArticleNumberForm
{
    /// <summary>After its keyword, letters in lower case: <c>artikel 6:2 BW</c>, <c>art. 7.13h WHW</c>.</summary>
    Standard,

    /// <summary>A BW article by book and number without a keyword: <c>6:2 BW</c>.</summary>
    WithoutKeyword,

    /// <summary>The law first, as wetten.overheid.nl heads an article: <c>Burgerlijk Wetboek Boek 6, Artikel 2</c>.</summary>
    LawFirst,

    /// <summary>An inserted article's letter in upper case: <c>Artikel 7.13H WHW</c> for <c>artikel 7.13h</c>.</summary>
    CapitalLetter,
}
