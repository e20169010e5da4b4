using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for an article whose law is resolved: the article on wetten.overheid.nl by its Juriconnect reference
/// (<c>jci1.3:c:BWBR0001903&amp;artikel=125p</c>; a BW book with <c>boek=6</c> and the article number within the
/// book), one per article of a list (a range by its first article), or the EU act on EUR-Lex by its CELEX number.
/// EUR-Lex gives no article anchor that holds for acts of every era, so that link is to the act, once. None when the
/// law is unresolved or has neither id.
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
            var bwb = law.Bwb!.Trim();
            if (citation.Articles.Count <= 1)
            {
                return new[] { Wetten(Juriconnect(citation, bwb, 0)) };
            }

            var links = new string[citation.Articles.Count];
            for (var i = 0; i < links.Length; i++)
            {
                links[i] = Wetten(Juriconnect(citation, bwb, i));
            }

            return links;
        }

        return string.IsNullOrWhiteSpace(law.Celex) ? Array.Empty<string>() : new[] { OfficialSites.EurLex + law.Celex!.Trim() };
    }

    private static string Wetten(string jci) => OfficialSites.Wetten + JciLinks.EscapeForUrl(jci);

    // The reference of the article at `index`; the first may carry the number in its book as the resolver filled it in.
    private static string Juriconnect(ArticleCitation citation, string bwb, int index)
    {
        var reference = "jci1.3:c:" + bwb;
        if (citation.Division is { } division)
        {
            return Division(reference, citation, division);
        }

        var label = index < citation.Articles.Count ? citation.Articles[index].From : string.Empty;
        if (label.Length == 0 || label == ArticleItem.SoleArticle)
        {
            return reference;
        }

        // BW articles are numbered within their book: boek=6&artikel=162 (citation-rules.md 10.2).
        var book = BookOf(citation);
        if (book is not null)
        {
            var colon = label.IndexOf(':');
            label = (index == 0 ? citation.ArticleInBook : null) ?? (colon >= 0 ? label.Substring(colon + 1) : label);
            reference += "&boek=" + book.Trim();
        }

        return reference + "&artikel=" + label;
    }

    // titel 4.1 Awb: jci1.3:c:BWBR0005537&titeldeel=4.1; a BW book first (boek=7&titeldeel=1). Only the cited level
    // is given, as the text does not say the levels above it; the onderdeel of a wijzigingswet has no key, so the
    // link is to the law.
    private static string Division(string reference, ArticleCitation citation, LawDivision division)
    {
        var key = DivisionNames.JuriconnectKey(division.Unit);
        if (key is null)
        {
            return reference;
        }

        var book = BookOf(citation);
        return reference + (book is null ? string.Empty : "&boek=" + book.Trim()) + "&" + key + "=" + division.Number;
    }

    // The BW book as written (6:162, Boek 6 van het Burgerlijk Wetboek) or as the catalog entry of the law holds it.
    private static string? BookOf(ArticleCitation citation) => citation.Book ?? citation.Law?.LawEntry?.Book;
}
