using System.Collections.Generic;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// BW articles as judgments and laws also write them (issue #16 item 1): by book and number without a keyword,
/// <c>6:2 BW</c>, <c>6:162 lid 2 BW</c>; and law first, as wetten.overheid.nl heads them,
/// <c>Burgerlijk Wetboek Boek 6, Artikel 2</c>. Each gives the record of <c>artikel 6:2 BW</c>, marked with its
/// <see cref="ArticleNumberForm"/> for CIT2015.
/// </summary>
internal static class BookArticleGrammar
{
    // The law both forms name, as the canonical form writes it: "BW" with the book in the label (6:2).
    private static readonly LawPhrase Bw = new("BW", LawForm.Abbreviation, null);

    /// <summary><c>6:2 BW</c>: a book label (1 to 8, 7A, 10), its details and <c>BW</c>; anything else fails at the number.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> WithoutKeyword =
        (from label in ArticleLabelGrammar.Arabic.Capture()
         where IsBookLabel(label.Value)
         from details in ArticleGrammar.Details.Capture()
         from law in LawNameGrammar.Law.Capture()
         where law.Value.Form == LawForm.Abbreviation && law.Value.Text == "BW"
         select (IReadOnlyList<Citation>)ArticleCitationBuilder.Build(
             null,
             string.Empty,
             new[] { Designation(label.Value, label, details) },
             law,
             null,
             ArticleNumberForm.WithoutKeyword))
        .FailingAtStart()
        .Named("BW article");

    /// <summary><c>Burgerlijk Wetboek Boek 6, Artikel 2</c>: the book and the keyword, then the article and its details.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> LawFirst =
        (from code in Lexical.Literal("Burgerlijk Wetboek")
         from _ in Lexical.Space
         from boek in Lexical.Word("boek")
         from __ in Lexical.Space
         from book in LawNameGrammar.BookNumber
         from comma in Lexical.Comma
         from keyword in ArticleGrammar.Singular
         from ___ in Lexical.OptionalSpace
         from label in ArticleLabelGrammar.Arabic.Capture()
         from details in ArticleGrammar.Details.Capture()
         select (IReadOnlyList<Citation>)ArticleCitationBuilder.Build(
             null,
             keyword,
             new[] { Designation(book + ":" + label.Value, label, details) },
             // The law stands before the article: nothing after it to cover, so an empty capture at its end.
             new Captured<LawPhrase>(Bw, string.Empty, details.End, details.End),
             null,
             ArticleNumberForm.LawFirst))
        .Named("BW article");

    // The books of the BW (citation-rules.md 6.5): 1 to 8, 7A and 10, before a colon.
    private static bool IsBookLabel(string label)
    {
        var colon = label.IndexOf(':');
        var book = colon > 0 ? label.Substring(0, colon) : string.Empty;
        return book is "1" or "2" or "3" or "4" or "5" or "6" or "7" or "7A" or "8" or "10";
    }

    private static ArticleDesignation Designation(string label, Captured<string> read, Captured<ArticleDetail> details) =>
        new(new ArticleItem(label), RangeStyle.None, details.Value, null, DesignationJoin.List, read.Start, System.Math.Max(read.End, details.End));
}
