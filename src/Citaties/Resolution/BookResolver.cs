using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Resolution;

/// <summary>
/// The law of an article in a book of the Burgerlijk Wetboek (<see cref="LawForm.BookOfBw"/>). With the code's name
/// (<c>van Boek 6 van het Burgerlijk Wetboek</c>, <c>Boek 7 BW</c>) it is that book anywhere. Without it
/// (<c>artikel 12 van Boek 3</c>) the code is the one the text is in, so it is only resolved where that is known: the
/// context law is a book of the BW, or the next article of the same sentence names the code
/// (<c>artikel 10 van Boek 2 en artikel 15i van Boek 3 van het Burgerlijk Wetboek</c>). In the text of another code
/// a part of a book (Sv: <c>Titel VI van het Tweede Boek</c>) is a part of that code.
/// </summary>
internal static class BookResolver
{
    private const string Code = "Burgerlijk Wetboek";

    // At most this much text (" en ", ", alsmede ") between an article without the code's name and the next one that names it.
    private const int MaxGap = 24;

    /// <summary>The book's law for the article at <paramref name="index"/>; null when the code is not known or the book does not exist.</summary>
    public static LawReference? Resolve(IReadOnlyList<Citation> citations, int index, DocumentContext context, LawCatalog catalog)
    {
        var article = (ArticleCitation)citations[index];
        LawSource source;
        if (NamesTheCode(article) || NextNamesTheCode(citations, index, article))
        {
            source = LawSource.Catalog;
        }
        else if (IsBookOfTheCode(context.ContextLaw))
        {
            source = LawSource.ContextLaw;
        }
        else if (article.Division is not null)
        {
            // Inside another code (Sv: "titel IIIb van Boek IV", "van het Tweede Boek") a part of a book is one of its
            // own. Its articles are numbered through the code, so an article "van Boek 3" there is no article of it.
            return context.ContextLaw;
        }
        else
        {
            return null;
        }

        var book = catalog.FindByTitle(Code, article.Book);
        return book.Entry is { } entry ? NameResolver.FromLaw(entry, null) with { Source = source } : null;
    }

    // The grammar writes the law as "Boek 6 van het Burgerlijk Wetboek" when the code is named, "Boek 3" when not.
    private static bool NamesTheCode(ArticleCitation article) =>
        article.LawText is { } text && text.EndsWith(Code, StringComparison.Ordinal);

    private static bool NextNamesTheCode(IReadOnlyList<Citation> citations, int index, ArticleCitation article) =>
        index + 1 < citations.Count
        && citations[index + 1] is ArticleCitation { LawForm: LawForm.BookOfBw } next
        && NamesTheCode(next)
        && next.Span.Start - article.Span.End <= MaxGap;

    private static bool IsBookOfTheCode(LawReference? law) =>
        law?.LawEntry?.Book is not null;
}
