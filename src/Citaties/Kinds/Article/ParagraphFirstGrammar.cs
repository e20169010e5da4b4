using System.Collections.Generic;
using System.Linq;
using Citaties.Model;
using Sprache;

namespace Citaties.Kinds;

/// <summary>
/// The lid before its article (issue #15 item 5): <c>tweede lid van artikel 7 van de Wet ...</c>,
/// <c>leden 1 en 2 van artikel 5 Sv</c>, <c>eerste tot en met derde lid van artikel 6</c>. One citation, the same
/// record as <c>artikel 7, tweede lid, van de Wet ...</c> (its canonical form, Ar 3.1 toelichting). The
/// determiner (<c>het</c>, <c>de</c>) is not part of it, as it is not of <c>artikel 7</c>.
/// </summary>
internal static class ParagraphFirstGrammar
{
    // The leden and "van artikel": once read, the phrase is an article citation; a failure before "artikel" is
    // reported at the anchor ("lid 2 van de vereniging" is no near miss).
    private static readonly Parser<(ArticleDetail Paragraphs, string Keyword)> Head =
        (from paragraphs in ParagraphGrammar.Paragraphs
         from _ in Lexical.Space
         from van in Lexical.Word("van")
         from __ in Lexical.Space
         from keyword in ArticleGrammar.Singular
         select (paragraphs, keyword))
        .FailingAtStart();

    /// <summary>
    /// The leden, <c>van artikel</c>, one label with any onderdelen after it, further articles as the article grammar
    /// reads them (<c>eerste lid van artikel 5 en 6 Sv</c>: the lid is the first article's, the law all of theirs), and the law.
    /// </summary>
    public static readonly Parser<IReadOnlyList<Citation>> Citations =
        (from head in Head
         from _ in Lexical.OptionalSpace
         from label in ArticleLabelGrammar.Label.Capture()
         from details in ArticleGrammar.CapturedDetails
         from rest in ArticleGrammar.MoreDesignations
         from law in ArticleGrammar.OptionalLaw
         from old in ArticleGrammar.OptionalOld
         select (IReadOnlyList<Citation>)ArticleCitationBuilder.Build(
             null,
             head.Keyword,
             new[] { new ArticleDesignation(new ArticleItem(label.Value), RangeStyle.None, head.Paragraphs.Merge(details.Value), null, DesignationJoin.List, label.Start, System.Math.Max(label.End, details.End)) }
                 .Concat(rest).ToList(),
             ArticleGrammar.Captured(law),
             ArticleGrammar.Captured(old)))
        .Named("lid of an article");
}
