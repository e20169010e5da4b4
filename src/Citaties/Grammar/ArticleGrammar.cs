using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Grammar;

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
    private static readonly Parser<string> Singular =
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

    private static readonly Parser<ArticleDetail> Old =
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

    private static readonly Parser<ArticleDetail> Details =
        Detail.Many().Select(ds => ds.Aggregate(ArticleDetail.Empty, (all, d) => d.Added ? all.Add(d.Detail) : all.Merge(d.Detail)));

    /// <summary>How a designation is joined to the one before it.</summary>
    private enum Join
    {
        List,
        Juncto,
    }

    // The word that joins a designation to the one before it: "en", "of", "dan wel", "jo.", ...
    private static readonly Parser<Join> Link =
        Lexical.Word("en").Return(Join.List)
            .Or(Lexical.Word("of").Return(Join.List))
            .Or(Lexical.Word("respectievelijk").Return(Join.List))
            .Or(Lexical.Word("onderscheidenlijk").Return(Join.List))
            .Or(from dan in Lexical.Word("dan")
                from space in Lexical.Space
                from wel in Lexical.Word("wel")
                select Join.List)
            .Or(Lexical.Word("juncto").Return(Join.Juncto))
            .Or(Lexical.Abbreviation("jo").Return(Join.Juncto));

    // "in verband met", "in samenhang met", "in verbinding met": read together, as "juncto" (Sv 509o: "77u of 77ee,
    // eerste lid, in verband met artikel 14i"). The words also occur in prose, so a keyword must follow.
    private static readonly Parser<Join> ReadTogether =
        from @in in Lexical.Word("in")
        from _ in Lexical.Space
        from noun in Lexical.Word("verband").Or(Lexical.Word("samenhang")).Or(Lexical.Word("verbinding"))
        from __ in Lexical.Space
        from met in Lexical.Word("met")
        from ___ in Lexical.Space
        from keyword in Keyword.Preview()
        where keyword.IsDefined
        select Join.Juncto;

    // A comma may stand before the link word too: "14a, 38v, of 77x", "38c, artikel 38k, dan wel artikel 38la",
    // "18f, eerste lid, juncto artikel 18d".
    private static readonly Parser<Join> Separator =
        (from _ in Lexical.Comma
         from link in ReadTogether
             .Or(Link.Then(l => Lexical.Space.Return(l)))
             .Optional()
         select link.GetOrElse(Join.List))
        .Or(from _ in Lexical.Space
            from link in ReadTogether.Or(Link.Then(l => Lexical.Space.Return(l)))
            select link);

    private static readonly Parser<Designation> First =
        from item in ArticleLabelGrammar.Item.Capture()
        from details in Details.Capture()
        select new Designation(item.Value.Item, item.Value.Style, details.Value, null, Join.List, item.Start, Math.Max(item.End, details.End));

    private static readonly Parser<Designation> Next =
        from link in Separator
        from keyword in Keyword.Then(k => Lexical.OptionalSpace.Return(k)).Capture().Optional()
        from item in ArticleLabelGrammar.Item.Capture()
        from details in Details.Capture()
        select new Designation(
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
        select Build(header.Value.Determiner, header.Value.Keyword, new[] { first }.Concat(rest).ToList(), law, old);

    private static readonly Parser<IReadOnlyList<Citation>> SoleArticle =
        from keyword in Sole.Capture()
        from details in Details.Capture()
        from law in LawNameGrammar.Law.Capture().Optional()
        from old in Old.Capture().Optional()
        select Build(
            null,
            keyword.Value,
            new List<Designation> { new(new ArticleItem(ArticleItem.SoleArticle), RangeStyle.None, details.Value, null, Join.List, 0, Math.Max(keyword.End, details.End)) },
            law,
            old);

    /// <summary>An article citation, or one citation per article of an enumeration.</summary>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        SoleArticle.Or(Numbered).Named("article citation");

    private static Citation[] Build(
        string? determiner,
        string keyword,
        IReadOnlyList<Designation> designations,
        IOption<Captured<LawPhrase>> lawOption,
        IOption<Captured<ArticleDetail>> oldOption)
    {
        var law = lawOption.IsDefined ? lawOption.Get().Value : null;
        var end = designations[designations.Count - 1].End;
        if (lawOption.IsDefined)
        {
            end = lawOption.Get().End;
        }

        if (oldOption.IsDefined)
        {
            end = oldOption.Get().End;
        }

        var lawSpan = default(TextSpan);
        if (lawOption.IsDefined)
        {
            // The captured phrase starts with the comma or space that joins it to the article.
            var captured = lawOption.Get();
            var skip = 0;
            while (skip < captured.Text.Length && captured.Text[skip] is ',' or ' ')
            {
                skip++;
            }

            lawSpan = TextSpan.FromBounds(captured.Start + skip, captured.End);
        }

        var citations = new Citation[designations.Count];
        for (var i = 0; i < designations.Count; i++)
        {
            var d = designations[i];
            var start = i == 0 ? 0 : d.Start;
            var stop = i == designations.Count - 1 ? end : d.End;
            var juncto = d.Join == Join.Juncto || (i + 1 < designations.Count && designations[i + 1].Join == Join.Juncto);
            var (book, inBook) = BookOf(d.Item, law);
            citations[i] = new ArticleCitation
            {
                Span = TextSpan.FromBounds(start, stop),
                Keyword = d.Keyword ?? keyword,
                Determiner = i == 0 ? determiner : null,
                Articles = new[] { d.Item },
                Book = book,
                ArticleInBook = inBook,
                Paragraphs = d.Detail.Paragraphs,
                ParagraphStyle = d.Detail.ParagraphStyle,
                ParagraphsAreRange = d.Detail.ParagraphsAreRange,
                Parts = d.Detail.Parts,
                PartStyle = d.Detail.PartStyle,
                Subparts = d.Detail.Subparts,
                SubpartStyle = d.Detail.SubpartStyle,
                Aanhef = d.Detail.Aanhef,
                Sentence = d.Detail.Sentence,
                Old = d.Detail.Old || oldOption.IsDefined,
                LawText = law?.Text,
                LawForm = law?.Form ?? LawForm.None,
                LawPreposition = law?.Preposition,
                Juncto = juncto,
                RangeStyle = d.RangeStyle != RangeStyle.None ? d.RangeStyle : d.Detail.ParagraphRangeStyle,
                LawSpan = i == designations.Count - 1 ? lawSpan : default,
                InEnumeration = designations.Count > 1,
            };
        }

        return citations;
    }

    // The BW is cited by book: "6:162 BW" (label 6:162, book 6, article 162 in it) or
    // "162 van Boek 6 van het Burgerlijk Wetboek" (label 162, book 6).
    private static (string? Book, string? ArticleInBook) BookOf(ArticleItem item, LawPhrase? law)
    {
        if (law is null)
        {
            return (null, null);
        }

        if (law.Form == LawForm.BookOfBw)
        {
            return (law.Book, item.From);
        }

        var isBw = law.Text == "BW" || law.Text.EndsWith("Burgerlijk Wetboek", StringComparison.Ordinal);
        var colon = item.From.IndexOf(':');
        if (!isBw || colon <= 0)
        {
            return (null, null);
        }

        return (item.From.Substring(0, colon), item.From.Substring(colon + 1));
    }

    /// <summary>One article designation as parsed, with its window offsets.</summary>
    private sealed record Designation(
        ArticleItem Item,
        RangeStyle RangeStyle,
        ArticleDetail Detail,
        string? Keyword,
        Join Join,
        int Start,
        int End);
}
