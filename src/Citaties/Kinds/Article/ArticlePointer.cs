namespace Citaties.Model;

/// <summary>
/// How an article citation names its article when it writes no number (<see cref="ArticleCitation.Pointer"/>). The
/// resolver fills in the article from the position in the law (<see cref="ExtractOptions.ContextArticle"/>) or the
/// article cited before; such citations are only read inside a law (<see cref="ExtractOptions.ContextLaw"/>).
/// </summary>
public enum ArticlePointer
{
    /// <summary>The article's number is written: <c>artikel 5</c>.</summary>
    None,

    /// <summary>The article the text stands in: <c>dit artikel</c>, <c>het eerste lid</c>.</summary>
    ThisArticle,

    /// <summary>The article before the one the text stands in: <c>het vorige artikel</c>, <c>het voorgaande artikel</c>.</summary>
    PreviousArticle,

    /// <summary>The article cited last before it: <c>dat artikel</c>, <c>het tweede lid van dat artikel</c>.</summary>
    ThatArticle,
}
