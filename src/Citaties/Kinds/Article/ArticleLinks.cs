using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for an article whose law is resolved: the article on wetten.overheid.nl by its Juriconnect reference
/// (<c>jci1.3:c:BWBR0001903&amp;artikel=125p</c>; a BW book with <c>boek=6</c> and the article number within the
/// book), or the EU act on EUR-Lex by its CELEX number. EUR-Lex gives no article anchor that holds for acts of
/// every era, so the link is to the act. None when the law is unresolved or has neither id.
/// </summary>
internal static class ArticleLinks
{
    public static IReadOnlyList<string> For(ArticleCitation citation)
    {
        var law = citation.Law;
        if (law is null)
        {
            return Array.Empty<string>();
        }

        if (!string.IsNullOrWhiteSpace(law.Bwb))
        {
            return new[] { OfficialSites.Wetten + JciLinks.EscapeForUrl(Juriconnect(citation, law.Bwb!.Trim())) };
        }

        return string.IsNullOrWhiteSpace(law.Celex) ? Array.Empty<string>() : new[] { OfficialSites.EurLex + law.Celex!.Trim() };
    }

    private static string Juriconnect(ArticleCitation citation, string bwb)
    {
        var reference = "jci1.3:c:" + bwb;
        var label = citation.Article;
        if (label.Length == 0 || label == ArticleItem.SoleArticle)
        {
            return reference;
        }

        // BW articles are numbered within their book: boek=6&artikel=162 (citation-rules.md 10.2).
        var book = citation.Book ?? citation.Law?.LawEntry?.Book;
        if (book is not null)
        {
            var colon = label.IndexOf(':');
            label = citation.ArticleInBook ?? (colon >= 0 ? label.Substring(colon + 1) : label);
            reference += "&boek=" + book.Trim();
        }

        return reference + "&artikel=" + label;
    }
}
