using System;
using System.Collections.Generic;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Article citations without a number, as a law's own text writes them: <c>dit artikel</c>, <c>dat artikel</c>,
/// <c>het vorige artikel</c>, <c>het voorgaande artikel</c>, and leden of those or of the article the text stands in
/// (<c>het eerste lid</c>, <c>het eerste en derde lid van dat artikel</c>). The citations carry no article; the resolver fills it in (<see cref="ArticleCitation.Pointer"/>).
/// <c>het eerste lid van artikel 38</c> is not read here: a lid before a numbered article is the article grammar's.
/// </summary>
internal static class ArticlePointerGrammar
{
    private static readonly Parser<string> Artikel = Lexical.Word("artikel");

    // "voorgaand artikel" (Sv 562) is the older spelling.
    private static readonly Parser<ArticlePointer> Previous =
        from het in Lexical.Word("het")
        from _ in Lexical.Space
        from previous in Lexical.Word("vorige").Or(Lexical.Word("voorgaande")).Or(Lexical.Word("voorgaand"))
        from __ in Lexical.Space
        from artikel in Artikel
        select ArticlePointer.PreviousArticle;

    // Not before a number: in "bepalen dat artikel 9 ... niet van toepassing is" "dat" is a conjunction.
    private static readonly Parser<ArticlePointer> ThisOrThat =
        from determiner in Lexical.Word("dit").Return(ArticlePointer.ThisArticle).Or(Lexical.Word("dat").Return(ArticlePointer.ThatArticle))
        from _ in Lexical.Space
        from artikel in Artikel
        from __ in Parse.Not(Lexical.OptionalSpace.Then(s => Parse.Digit))
        select determiner;

    private static readonly Parser<ArticlePointer> Pointer = Previous.Or(ThisOrThat);

    // "het eerste lid", "het eerste en derde lid". No onderdelen: those may hold digits ("onder 1°"), and a failure
    // after digits would be reported as a near miss of a citation in every text that has "het eerste lid, onder 1°, van artikel 5".
    private static readonly Parser<ArticleDetail> Leden =
        from het in Lexical.Word("het")
        from _ in Lexical.Space
        from paragraphs in ParagraphGrammar.Ordinals
        select paragraphs;

    private static readonly Parser<string> Van =
        from _ in Lexical.CommaOrSpace
        from van in Lexical.Word("van")
        from __ in Lexical.Space
        select van;

    private static readonly Parser<ArticleCitation> LedenOfPointer =
        from leden in Leden
        from van in Van
        from pointer in Pointer
        select Build(pointer, leden);

    // Not before "van": "het eerste lid van artikel 38" names its article.
    private static readonly Parser<ArticleCitation> LedenOfThisArticle =
        from leden in Leden
        from _ in Parse.Not(Van)
        select Build(ArticlePointer.ThisArticle, leden);

    /// <summary>An article citation without a number, as one citation covering the whole match.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        LedenOfPointer
            .Or(LedenOfThisArticle)
            .Or(Pointer.Select(p => Build(p, ArticleDetail.Empty)))
            .Select(c => (IReadOnlyList<Citation>)new Citation[] { c })
            .Named("article without a number");

    // The article builder does the leden and onderdelen; the item it needs, without a label, is kept aside for the
    // resolver (ArticleCitation.Unnumbered), and the default span covers the whole match.
    private static ArticleCitation Build(ArticlePointer pointer, ArticleDetail detail)
    {
        var designation = new ArticleDesignation(new ArticleItem(string.Empty), RangeStyle.None, detail, null, DesignationJoin.List, 0, 0);
        var built = (ArticleCitation)ArticleCitationBuilder.Build(null, "artikel", new[] { designation }, null, null)[0];
        return built with { Span = default, Articles = Array.Empty<ArticleItem>(), Unnumbered = built.Articles[0], Pointer = pointer };
    }
}
