using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// Article citations (citation-rules.md 6): a keyword (<c>artikel</c>, <c>art.</c>, <c>artikelen</c>,
/// <c>artt.</c>, <c>de artikelen</c>, <c>Enig artikel</c>), one or more article designations joined by
/// <c>,</c>, <c>en</c> or <c>jo.</c>, each with its leden and onderdelen, then the law they share.
/// <para>
/// An enumeration yields one citation per designation. Spans: the first covers the keyword (and a leading
/// <c>de</c>) with its own designation, the last also covers the law, each one between covers just its own
/// designation (with its keyword when repeated: <c>jo. artikel 5</c>). A single designation covers it all.
/// </para>
/// </summary>
internal static class ArticleGrammar
{
    internal static readonly Parser<string> Singular =
        Lexical.Word("artikel").Or(Lexical.Literal("art.")).Named("'artikel'");

    private static readonly Parser<string> Plural =
        Lexical.Word("artikelen").Or(Lexical.Literal("artt.")).Named("'artikelen'");

    private static readonly Parser<string> Keyword = Plural.Or(Singular);

    /// <summary>The keyword, with <c>de</c> before a plural one.</summary>
    private static readonly Parser<(string? Determiner, string Keyword)> Header =
        (from determiner in Lexical.Word("de")
         from _ in Lexical.Space
         from keyword in Plural
         select ((string?)determiner, keyword))
        .Or(Keyword.Select(k => ((string?)null, k)));

    private static readonly Parser<string> Sole =
        (from enig in Lexical.Word("enig")
         from _ in Lexical.Space
         from artikel in Lexical.Word("artikel")
         select enig + " " + artikel)
        .Named("'Enig artikel'");

    internal static readonly Parser<ArticleDetail> Old =
        from _ in Lexical.CommaOrSpace.Optional()
        from old in Lexical.Literal("(oud)")
        select new ArticleDetail { Old = true };

    private static readonly Parser<ArticleDetail> OneDetail =
        ParagraphGrammar.Paragraphs.Or(PartGrammar.Any).Or(ParagraphGrammar.Sentence);

    // "eerste lid, eerste volzin, en tweede lid" (Sr 22c, Sv 27a): a further lid after "en"/"of" adds to those before.
    private static readonly Parser<(ArticleDetail Detail, bool Added)> Detail =
        Lexical.CommaOrSpace.Then(_ =>
                (from joiner in Lexical.Word("en").Or(Lexical.Word("of"))
                 from __ in Lexical.Space
                 from detail in OneDetail
                 select (detail, true))
                .Or(OneDetail.Select(d => (d, false))))
            .Or(Old.Select(d => (d, false)));

    internal static readonly Parser<ArticleDetail> Details =
        Detail.Many().Select(ds => ds.Aggregate(ArticleDetail.Empty, (all, d) => d.Added ? all.Add(d.Detail) : all.Merge(d.Detail)));

    // The word that joins a designation to the one before it: "en", "of", "dan wel", "jo.", ...
    private static readonly Parser<DesignationJoin> Link =
        Lexical.Word("en").Return(DesignationJoin.List)
            .Or(Lexical.Word("of").Return(DesignationJoin.List))
            .Or(Lexical.Word("respectievelijk").Return(DesignationJoin.List))
            .Or(Lexical.Word("onderscheidenlijk").Return(DesignationJoin.List))
            .Or(from dan in Lexical.Word("dan")
                from space in Lexical.Space
                from wel in Lexical.Word("wel")
                select DesignationJoin.List)
            .Or(Lexical.Word("juncto").Return(DesignationJoin.Juncto))
            .Or(Lexical.Abbreviation("jo").Return(DesignationJoin.Juncto));

    // "in verband met", "in samenhang met", "in verbinding met": read together, as "juncto" (Sv 509o: "77u of 77ee,
    // eerste lid, in verband met artikel 14i"). The words also occur in prose, so a keyword must follow.
    private static readonly Parser<DesignationJoin> ReadTogether =
        from @in in Lexical.Word("in")
        from _ in Lexical.Space
        from noun in Lexical.Word("verband").Or(Lexical.Word("samenhang")).Or(Lexical.Word("verbinding"))
        from __ in Lexical.Space
        from met in Lexical.Word("met")
        from ___ in Lexical.Space
        from keyword in Keyword.Preview()
        where keyword.IsDefined
        select DesignationJoin.Juncto;

    // A comma may stand before the link word too: "14a, 38v, of 77x", "38c, artikel 38k, dan wel artikel 38la",
    // "18f, eerste lid, juncto artikel 18d".
    private static readonly Parser<DesignationJoin> Separator =
        (from _ in Lexical.Comma
         from link in ReadTogether
             .Or(Link.Then(l => Lexical.Space.Return(l)))
             .Optional()
         select link.GetOrElse(DesignationJoin.List))
        .Or(from _ in Lexical.Space
            from link in ReadTogether.Or(Link.Then(l => Lexical.Space.Return(l)))
            select link);

    private static readonly Parser<ArticleDesignation> First =
        from item in ArticleLabelGrammar.Item.Capture()
        from details in Details.Capture()
        select new ArticleDesignation(item.Value.Item, item.Value.Style, details.Value, null, DesignationJoin.List, item.Start, Math.Max(item.End, details.End));

    internal static readonly Parser<ArticleDesignation> Next =
        from link in Separator
        from keyword in Keyword.Then(k => Lexical.OptionalSpace.Return(k)).Capture().Optional()
        from item in ArticleLabelGrammar.Item.Capture()
        from details in Details.Capture()
        select new ArticleDesignation(
            item.Value.Item,
            item.Value.Style,
            details.Value,
            keyword.IsDefined ? keyword.Get().Value : null,
            link,
            keyword.IsDefined ? keyword.Get().Start : item.Start,
            Math.Max(item.End, details.End));

    private static readonly Parser<IReadOnlyList<Citation>> Numbered =
        from header in Header.Capture()
        from _ in Lexical.OptionalSpace
        from first in First
        from rest in Next.Many()
        from law in LawNameGrammar.Law.Capture().Optional()
        from old in Old.Capture().Optional()
        select ArticleCitationBuilder.Build(header.Value.Determiner, header.Value.Keyword, new[] { first }.Concat(rest).ToList(), Captured(law), Captured(old));

    private static readonly Parser<IReadOnlyList<Citation>> SoleArticle =
        from keyword in Sole.Capture()
        from details in Details.Capture()
        from law in LawNameGrammar.Law.Capture().Optional()
        from old in Old.Capture().Optional()
        select ArticleCitationBuilder.Build(
            null,
            keyword.Value,
            new List<ArticleDesignation> { new(new ArticleItem(ArticleItem.SoleArticle), RangeStyle.None, details.Value, null, DesignationJoin.List, 0, Math.Max(keyword.End, details.End)) },
            Captured(law),
            Captured(old));

    /// <summary>An article citation, or one citation per article of an enumeration.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        SoleArticle.Or(Numbered).Named("article citation");

    internal static Captured<T>? Captured<T>(IOption<Captured<T>> option) => option.IsDefined ? option.Get() : null;
}
