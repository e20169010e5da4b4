using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// Fills in the article of the citations that write none (<see cref="ArticleCitation.Pointer"/>): <c>dit artikel</c>
/// and <c>het eerste lid</c> are the article the text stands in (<see cref="ExtractOptions.ContextArticle"/>),
/// <c>het vorige artikel</c> the one before it in the law's article list (known from an imported catalog), <c>dat
/// artikel</c> the single article cited last before it, with its law. Outside a law (no context law), or where the
/// article cannot be known, such a citation is left out: "het eerste lid" in a letter is no reference one can follow.
/// </summary>
internal static class ArticlePointerResolver
{
    /// <summary>The citations with every pointer resolved or left out; the list itself when it has no pointers.</summary>
    public static IReadOnlyList<Citation> Resolve(IReadOnlyList<Citation> citations, DocumentContext context, string? contextArticle)
    {
        if (!HasPointer(citations))
        {
            return citations;
        }

        var resolved = new List<Citation>(citations.Count);
        ArticleCitation? lastCited = null;
        foreach (var citation in citations)
        {
            if (citation is not ArticleCitation article)
            {
                resolved.Add(citation);
                continue;
            }

            var filled = article.Pointer == ArticlePointer.None ? article : Fill(article, context, contextArticle, lastCited);
            if (filled is null)
            {
                continue;
            }

            resolved.Add(filled);
            if (filled.Articles.Count == 1 && !filled.Articles[0].IsRange)
            {
                lastCited = filled;
            }
        }

        return resolved;
    }

    private static ArticleCitation? Fill(ArticleCitation pointer, DocumentContext context, string? contextArticle, ArticleCitation? lastCited)
    {
        if (context.ContextLaw is not { } law)
        {
            return null;
        }

        switch (pointer.Pointer)
        {
            case ArticlePointer.ThatArticle:
                return lastCited is null ? null : pointer with
                {
                    Articles = new[] { Numbered(pointer, lastCited.Articles[0].From) },
                    Book = lastCited.Book,
                    ArticleInBook = lastCited.ArticleInBook,
                    Law = lastCited.Law,
                };
            case ArticlePointer.ThisArticle:
                return InContextLaw(pointer, law, contextArticle);
            default:
                return InContextLaw(pointer, law, Previous(law, contextArticle));
        }
    }

    private static ArticleCitation? InContextLaw(ArticleCitation pointer, LawReference law, string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        // Inside a book of the BW the label is the number in that book (JCI boek=6&artikel=162).
        var book = law.LawEntry?.Book;
        return pointer with
        {
            Articles = new[] { Numbered(pointer, label!.Trim()) },
            Book = book,
            ArticleInBook = book is null ? null : label.Trim(),
            Law = law,
        };
    }

    // The article filled in, with the leden and onderdelen the pointer wrote (het eerste lid van dat artikel).
    private static ArticleItem Numbered(ArticleCitation pointer, string label) =>
        pointer.Unnumbered is { } detail ? detail with { From = label } : new ArticleItem(label);

    // The article before the context article in the catalog's list of the law; null when either is unknown.
    private static string? Previous(LawReference law, string? contextArticle)
    {
        var articles = law.LawEntry?.Articles;
        if (articles is null || string.IsNullOrWhiteSpace(contextArticle))
        {
            return null;
        }

        for (var i = 1; i < articles.Count; i++)
        {
            if (string.Equals(articles[i].Label.Trim(), contextArticle!.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return articles[i - 1].Label;
            }
        }

        return null;
    }

    private static bool HasPointer(IReadOnlyList<Citation> citations)
    {
        foreach (var citation in citations)
        {
            if (citation is ArticleCitation { Pointer: not ArticlePointer.None })
            {
                return true;
            }
        }

        return false;
    }
}
