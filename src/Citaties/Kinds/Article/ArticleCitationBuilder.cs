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

/// <summary>
/// One article designation as read, with its window offsets (from its keyword, if repeated, to its details) and the
/// word that joined it to the one before (<c>en</c>, <c>of</c>, <c>dan wel</c>; null after a comma alone or for the first).
/// </summary>
internal sealed record ArticleDesignation(
    ArticleItem Item,
    RangeStyle RangeStyle,
    ArticleDetail Detail,
    string? Keyword,
    DesignationJoin Join,
    int Start,
    int End,
    string? Conjunction = null);

/// <summary>
/// Turns what the article grammar (or its fast path) read into citations: one per list of articles (issue #15 item 5,
/// issue #16 item 2), each article an <see cref="ArticleItem"/> with its own leden and onderdelen, and the law they
/// share. A <c>jo.</c> chain (<c>art. 3:105 jo. 3:306 BW</c>) stays one citation per side, as its articles are read
/// together rather than listed; so does a list whose BW articles lie in different books (<c>artt. 3:40 en 6:162
/// BW</c>), as each book is a law of its own with its own links.
/// </summary>
internal static class ArticleCitationBuilder
{
    /// <param name="determiner">The <c>de</c> before a plural keyword, kept as a field but outside the span.</param>
    /// <param name="keyword">The keyword as written.</param>
    /// <param name="designations">The articles in text order.</param>
    /// <param name="lawCapture">The law at the end, if any.</param>
    /// <param name="oldCapture">A <c>(oud)</c> after the law, which marks every article.</param>
    /// <param name="form">How the article number is written (CIT2015).</param>
    /// <param name="start">Where the keyword starts in the window: after the determiner, if any.</param>
    public static Citation[] Build(
        string? determiner,
        string keyword,
        IReadOnlyList<ArticleDesignation> designations,
        Captured<LawPhrase>? lawCapture,
        Captured<ArticleDetail>? oldCapture,
        ArticleNumberForm form = ArticleNumberForm.Standard,
        int start = 0)
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
        var groups = Groups(designations, law);
        var citations = new Citation[groups.Count];
        for (var g = 0; g < groups.Count; g++)
        {
            var (first, last) = groups[g];
            var juncto = (g > 0 && designations[first].Join == DesignationJoin.Juncto)
                || (g + 1 < groups.Count && designations[groups[g + 1].First].Join == DesignationJoin.Juncto);
            citations[g] = OneCitation(designations, first, last, determiner: g == 0 ? determiner : null, keyword, law, oldCapture is not null, form) with
            {
                Span = TextSpan.FromBounds(g == 0 ? start : designations[first].Start, g == groups.Count - 1 ? end : designations[last].End),
                Juncto = juncto,
                LawSpan = g == groups.Count - 1 ? lawSpan : default,
                InEnumeration = groups.Count > 1,
            };
        }

        return citations;
    }

    // The designations [first, last] as one citation (its own detail fields read the first item).
    private static ArticleCitation OneCitation(
        IReadOnlyList<ArticleDesignation> designations, int first, int last, string? determiner, string keyword, LawPhrase? law, bool allOld, ArticleNumberForm form)
    {
        var items = new ArticleItem[last - first + 1];
        var anyLowered = false;
        for (var i = first; i <= last; i++)
        {
            items[i - first] = Item(designations[i], allOld, out var lowered);
            anyLowered |= lowered;
        }

        var (book, inBook) = BookOf(items[0], law);
        return new ArticleCitation
        {
            Keyword = designations[first].Keyword ?? keyword,
            Determiner = determiner,
            Articles = items,
            Conjunction = last > first ? designations[last].Conjunction : null,
            NumberForm = anyLowered ? ArticleNumberForm.CapitalLetter : form,
            Book = book,
            ArticleInBook = inBook,
            LawText = law?.Text,
            LawForm = law?.Form ?? LawForm.None,
            LawPreposition = law?.Preposition,
        };
    }

    // The label (its inserted letter lowered) with what the text gives for this article alone.
    private static ArticleItem Item(ArticleDesignation d, bool allOld, out bool lowered)
    {
        var detail = d.Detail;
        return Lowered(d.Item, out lowered) with
        {
            Paragraphs = detail.Paragraphs,
            ParagraphStyle = detail.ParagraphStyle,
            ParagraphsAreRange = detail.ParagraphsAreRange,
            Parts = detail.Parts,
            PartStyle = detail.PartStyle,
            Subparts = detail.Subparts,
            SubpartStyle = detail.SubpartStyle,
            Aanhef = detail.Aanhef,
            Sentence = detail.Sentence,
            Old = detail.Old || allOld,
            RangeStyle = d.RangeStyle != RangeStyle.None ? d.RangeStyle : detail.ParagraphRangeStyle,
        };
    }

    // The runs of designations that make one citation each: a new one starts at "jo." (or "in verband met") and where
    // the BW book changes, so every citation has one law and one book.
    private static List<(int First, int Last)> Groups(IReadOnlyList<ArticleDesignation> designations, LawPhrase? law)
    {
        var groups = new List<(int First, int Last)>();
        var first = 0;
        var book = BookOf(designations[0].Item, law).Book;
        for (var i = 1; i < designations.Count; i++)
        {
            var itsBook = BookOf(designations[i].Item, law).Book;
            if (designations[i].Join == DesignationJoin.Juncto || !string.Equals(itsBook, book, StringComparison.OrdinalIgnoreCase))
            {
                groups.Add((first, i - 1));
                first = i;
                book = itsBook;
            }
        }

        groups.Add((first, designations.Count - 1));
        return groups;
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
