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
/// A list is one citation from the keyword (not a leading <c>de</c>) through the law, one item per designation
/// (<see cref="ArticleCitationBuilder"/>). A <c>jo.</c> chain yields one citation per side: the first covers the
/// keyword with its own designations, the last also covers the law, each one between covers just its own
/// designations (with its keyword when repeated: <c>jo. artikel 5</c>).
/// </para>
/// </summary>
internal static class ArticleGrammar
{
    internal static readonly Parser<string> Singular =
        Lexical.Word("artikel").Or(Lexical.Literal("art.")).Named("'artikel'");

    private static readonly Parser<string> Plural =
        Lexical.Word("artikelen").Or(Lexical.Literal("artt.")).Named("'artikelen'");

    private static readonly Parser<string> Keyword = Plural.Or(Singular);

    /// <summary>The keyword, with <c>de</c> before a plural one; the citation starts at the keyword.</summary>
    private static readonly Parser<(string? Determiner, Captured<string> Keyword)> Header =
        (from determiner in Lexical.Word("de")
         from _ in Lexical.Space
         from keyword in Plural.Capture()
         select ((string?)determiner, keyword))
        .Or(Keyword.Capture().Select(k => ((string?)null, k)));

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

    private static readonly Parser<(ArticleDetail Detail, bool Added)> DetailAfterSeparator =
        (from joiner in Lexical.Word("en").Or(Lexical.Word("of"))
         from __ in Lexical.Space
         from detail in OneDetail
         select (detail, true))
        .Or(OneDetail.Select(d => (d, false)));

    // "eerste lid, eerste volzin, en tweede lid" (Sr 22c, Sv 27a): a further lid after "en"/"of" adds to those before.
    private static readonly Parser<(ArticleDetail Detail, bool Added)> Detail =
        Lexical.CommaOrSpace.Then(_ => DetailAfterSeparator)
            .Or(Old.Select(d => (d, false)));

    internal static readonly Parser<ArticleDetail> Details =
        Detail.Many().Select(ds => ds.Aggregate(ArticleDetail.Empty, (all, d) => d.Added ? all.Add(d.Detail) : all.Merge(d.Detail)));

    /// <summary>The details after an article label, with where they stand.</summary>
    internal static readonly Parser<Captured<ArticleDetail>> CapturedDetails = Details.Capture();

    // The word that joins a designation to the one before it: "en", "of", "dan wel", "jo.", ... A list keeps its word
    // for the canonical form ("5, respectievelijk 6" must not become "5 en 6").
    private static readonly Parser<(DesignationJoin Join, string? Word)> Link =
        Lexical.Word("en").Or(Lexical.Word("of")).Or(Lexical.Word("respectievelijk")).Or(Lexical.Word("onderscheidenlijk"))
            .Select(w => (DesignationJoin.List, (string?)w.ToLowerInvariant()))
            .Or(from dan in Lexical.Word("dan")
                from space in Lexical.Space
                from wel in Lexical.Word("wel")
                select (DesignationJoin.List, (string?)"dan wel"))
            .Or(Lexical.Word("juncto").Return((DesignationJoin.Juncto, (string?)null)))
            .Or(Lexical.Abbreviation("jo").Return((DesignationJoin.Juncto, (string?)null)));

    private static readonly Parser<string> ReadTogetherNoun =
        Lexical.Word("verband").Or(Lexical.Word("samenhang")).Or(Lexical.Word("verbinding"));

    private static readonly Parser<IOption<string>> KeywordAhead = Keyword.Preview();

    // "in verband met", "in samenhang met", "in verbinding met": read together, as "juncto" (Sv 509o: "77u of 77ee,
    // eerste lid, in verband met artikel 14i"). The words also occur in prose, so a keyword must follow.
    private static readonly Parser<(DesignationJoin Join, string? Word)> ReadTogether =
        from @in in Lexical.Word("in")
        from _ in Lexical.Space
        from noun in ReadTogetherNoun
        from __ in Lexical.Space
        from met in Lexical.Word("met")
        from ___ in Lexical.Space
        from keyword in KeywordAhead
        where keyword.IsDefined
        select (DesignationJoin.Juncto, (string?)null);

    private static readonly Parser<(DesignationJoin Join, string? Word)> LinkBeforeSpace =
        ReadTogether.Or(from link in Link from _ in Lexical.Space select link);

    private static readonly Parser<IOption<(DesignationJoin Join, string? Word)>> OptionalLinkBeforeSpace = LinkBeforeSpace.Optional();

    // A comma may stand before the link word too: "14a, 38v, of 77x", "38c, artikel 38k, dan wel artikel 38la",
    // "18f, eerste lid, juncto artikel 18d".
    private static readonly Parser<(DesignationJoin Join, string? Word)> Separator =
        (from _ in Lexical.Comma
         from link in OptionalLinkBeforeSpace
         select link.GetOrElse((DesignationJoin.List, null)))
        .Or(from _ in Lexical.Space
            from link in LinkBeforeSpace
            select link);

    private static readonly Parser<ArticleDesignation> First =
        from item in ArticleLabelGrammar.Item.Capture()
        from details in CapturedDetails
        select new ArticleDesignation(item.Value.Item, item.Value.Style, details.Value, null, DesignationJoin.List, item.Start, Math.Max(item.End, details.End));

    private static readonly Parser<IOption<Captured<string>>> OptionalKeyword =
        (from keyword in Keyword from _ in Lexical.OptionalSpace select keyword).Capture().Optional();

    private static readonly Parser<Captured<(ArticleItem Item, RangeStyle Style)>> CapturedItem = ArticleLabelGrammar.Item.Capture();

    internal static readonly Parser<ArticleDesignation> Next =
        from link in Separator
        from keyword in OptionalKeyword
        from item in CapturedItem
        from details in CapturedDetails
        select new ArticleDesignation(
            item.Value.Item,
            item.Value.Style,
            details.Value,
            keyword.IsDefined ? keyword.Get().Value : null,
            link.Join,
            keyword.IsDefined ? keyword.Get().Start : item.Start,
            Math.Max(item.End, details.End),
            link.Word);

    /// <summary>Further articles after the first (<c>, 6 en 7</c>).</summary>
    internal static readonly Parser<IEnumerable<ArticleDesignation>> MoreDesignations = Next.Many();

    /// <summary>The law after the articles, where one is named.</summary>
    internal static readonly Parser<IOption<Captured<LawPhrase>>> OptionalLaw = LawNameGrammar.Law.Capture().Optional();

    /// <summary><c>(oud)</c> at the end, where written.</summary>
    internal static readonly Parser<IOption<Captured<ArticleDetail>>> OptionalOld = Old.Capture().Optional();

    private static readonly Parser<IReadOnlyList<Citation>> Numbered =
        from header in Header.Capture()
        from _ in Lexical.OptionalSpace
        from first in First
        from rest in MoreDesignations
        from law in OptionalLaw
        from old in OptionalOld
        select ArticleCitationBuilder.Build(
            header.Value.Determiner,
            header.Value.Keyword.Value,
            new[] { first }.Concat(rest).ToList(),
            Captured(law),
            Captured(old),
            start: header.Value.Keyword.Start);

    private static readonly Parser<IReadOnlyList<Citation>> SoleArticle =
        from keyword in Sole.Capture()
        from details in CapturedDetails
        from law in OptionalLaw
        from old in OptionalOld
        select ArticleCitationBuilder.Build(
            null,
            keyword.Value,
            new List<ArticleDesignation> { new(new ArticleItem(ArticleItem.SoleArticle), RangeStyle.None, details.Value, null, DesignationJoin.List, 0, Math.Max(keyword.End, details.End)) },
            Captured(law),
            Captured(old));

    /// <summary>An article citation (a list is one), or one citation per side of a <c>jo.</c> chain.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        SoleArticle.Or(Numbered).Named("article citation");

    internal static Captured<T>? Captured<T>(IOption<Captured<T>> option) => option.IsDefined ? option.Get() : null;
}
