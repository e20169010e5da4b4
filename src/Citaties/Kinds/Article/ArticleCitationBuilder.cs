using System;
using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>How an article designation is joined to the one before it.</summary>
internal enum DesignationJoin
{
    List,
    Juncto,
}

/// <summary>One article designation as read, with its window offsets (from its keyword, if repeated, to its details).</summary>
internal sealed record ArticleDesignation(
    ArticleItem Item,
    RangeStyle RangeStyle,
    ArticleDetail Detail,
    string? Keyword,
    DesignationJoin Join,
    int Start,
    int End);

/// <summary>
/// Turns what the article grammar (or its fast path) read into citations: one per designation, with the spans,
/// the law and the book of a BW article as described on <see cref="ArticleGrammar"/>.
/// </summary>
internal static class ArticleCitationBuilder
{
    public static Citation[] Build(
        string? determiner,
        string keyword,
        IReadOnlyList<ArticleDesignation> designations,
        Captured<LawPhrase>? lawCapture,
        Captured<ArticleDetail>? oldCapture,
        ArticleNumberForm form = ArticleNumberForm.Standard)
    {
        designations = ContinueParagraphLists(designations);
        var law = lawCapture?.Value;
        var end = designations[designations.Count - 1].End;
        if (lawCapture is { } lawRead)
        {
            end = lawRead.End;
        }

        if (oldCapture is { } oldRead)
        {
            end = oldRead.End;
        }

        var lawSpan = lawCapture is { } captured ? LawSpan(captured) : default;

        var citations = new Citation[designations.Count];
        for (var i = 0; i < designations.Count; i++)
        {
            var d = designations[i];
            var start = i == 0 ? 0 : d.Start;
            var stop = i == designations.Count - 1 ? end : d.End;
            var juncto = d.Join == DesignationJoin.Juncto || (i + 1 < designations.Count && designations[i + 1].Join == DesignationJoin.Juncto);
            var item = Lowered(d.Item, out var lowered);
            var (book, inBook) = BookOf(item, law);
            citations[i] = new ArticleCitation
            {
                Span = TextSpan.FromBounds(start, stop),
                Keyword = d.Keyword ?? keyword,
                Determiner = i == 0 ? determiner : null,
                Articles = new[] { item },
                NumberForm = lowered ? ArticleNumberForm.CapitalLetter : form,
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
                Old = d.Detail.Old || oldCapture is not null,
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

    // 7.13H: a capital right after the digits of a label, not a book's or chapter's before ':' or '.' (7A:1576), is
    // an inserted article's letter written in upper case (issue #16 item 1): lowered, and the citation marked.
    private static ArticleItem Lowered(ArticleItem item, out bool lowered)
    {
        var from = LowerInsertedLetter(item.From);
        var to = item.To is null ? null : LowerInsertedLetter(item.To);
        lowered = !ReferenceEquals(from, item.From) || !ReferenceEquals(to, item.To);
        return lowered ? new ArticleItem(from, to) : item;
    }

    private static string LowerInsertedLetter(string label)
    {
        for (var i = 1; i < label.Length; i++)
        {
            if (label[i] is >= 'A' and <= 'Z' && char.IsDigit(label[i - 1]) && (i + 1 == label.Length || label[i + 1] is not (':' or '.')))
            {
                return label.Substring(0, i) + char.ToLowerInvariant(label[i]) + label.Substring(i + 1);
            }
        }

        return label;
    }

    /// <summary>
    /// <c>artikel 197 leden 1, tweede zin, 2 en 4 van Boek 7</c>: the grammar reads <c>2</c> and <c>4</c> as articles
    /// after the zin, but <c>leden</c> with one number announced more leden. Bare numbers (no keyword, no details, no
    /// range, joined as a list) after such an article are taken back into its leden (issue #16 item 2). Done here, on
    /// what both the grammar and its fast path read, so the two stay in agreement.
    /// </summary>
    private static IReadOnlyList<ArticleDesignation> ContinueParagraphLists(IReadOnlyList<ArticleDesignation> designations)
    {
        List<ArticleDesignation>? result = null;
        for (var i = 0; i < designations.Count; i++)
        {
            var d = designations[i];
            var absorbed = 0;
            var paragraphs = new List<string>(d.Detail.Paragraphs);
            while (d.Detail.ParagraphListOpen && i + absorbed + 1 < designations.Count && IsBareLidNumber(designations[i + absorbed + 1]))
            {
                absorbed++;
                paragraphs.Add(designations[i + absorbed].Item.From);
            }

            if (absorbed == 0)
            {
                result?.Add(d);
                continue;
            }

            result ??= new List<ArticleDesignation>(designations.Take(i));
            result.Add(d with
            {
                Detail = d.Detail with { Paragraphs = paragraphs, ParagraphsAreRange = false, ParagraphListOpen = false },
                End = designations[i + absorbed].End,
            });
            i += absorbed;
        }

        return result ?? designations;
    }

    private static bool IsBareLidNumber(ArticleDesignation d) =>
        d.Keyword is null && d.Join == DesignationJoin.List && !d.Item.IsRange && d.Detail == ArticleDetail.Empty
        && d.Item.From.Length > 0 && d.Item.From.All(char.IsDigit);

    /// <summary>
    /// A part of a law (<c>titel 4.1 Awb</c>): an article citation without articles, with the law as for an
    /// article (<c>titel 1 van Boek 7 van het Burgerlijk Wetboek</c> carries the book).
    /// </summary>
    public static Citation[] BuildDivision(string keyword, LawDivision division, Captured<LawPhrase> lawCapture)
    {
        var law = lawCapture.Value;
        return new Citation[]
        {
            new ArticleCitation
            {
                Span = TextSpan.FromBounds(0, lawCapture.End),
                Keyword = keyword,
                Division = division,
                Book = law.Form == LawForm.BookOfBw ? law.Book : null,
                LawText = law.Text,
                LawForm = law.Form,
                LawPreposition = law.Preposition,
                LawSpan = LawSpan(lawCapture),
            },
        };
    }

    // The captured phrase starts with the comma or space that joins it to the article.
    internal static TextSpan LawSpan(Captured<LawPhrase> captured)
    {
        var skip = 0;
        while (skip < captured.Text.Length && captured.Text[skip] is ',' or ' ')
        {
            skip++;
        }

        return TextSpan.FromBounds(captured.Start + skip, captured.End);
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
}
