using System;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// Fixes shared by the legislation rules: the whole article citation rewritten in the form of the Aanwijzingen
/// voor de regelgeving, or only its law phrase replaced.
/// </summary>
internal static class ArticleRewrite
{
    /// <summary>
    /// The Aanwijzingen form for the profile: the regeling form in a regeling (law by title, BW by book), the
    /// toelichting form elsewhere. The rules that use it enforce Ar 3.29 and 3.14, so even where a user switches
    /// them on in literature the fix writes the Ar form rather than the short form it complains about.
    /// </summary>
    public static ArticleStyle ArStyle(LintProfile profile) =>
        profile == LintProfile.Regeling ? ArticleStyle.Regeling : ArticleStyle.Toelichting;

    /// <summary>
    /// The citation rewritten in the Ar form over its whole span; null for one article of an enumeration, whose
    /// span does not hold the keyword and law it shares with the others.
    /// </summary>
    public static Fix? WholeCitation(ArticleCitation citation, RuleContext context) =>
        citation.InEnumeration ? null : new Fix(citation.Span, citation.Format(ArStyle(context.Options.Profile)));

    /// <summary>
    /// The law phrase of the citation in the scanned text; null when this citation's span does not hold it. The
    /// phrase ends with the citation at the latest: the resolver may cut a title the grammar read too far.
    /// </summary>
    public static TextSpan? LawSpanInText(ArticleCitation citation)
    {
        var end = Math.Min(citation.LawSpan.End, citation.Span.Length);
        return citation.LawSpan.Length == 0 || end <= citation.LawSpan.Start
            ? null
            : TextSpan.FromBounds(citation.Span.Start + citation.LawSpan.Start, citation.Span.Start + end);
    }

    /// <summary>A fix that replaces only the law phrase by <paramref name="replacement"/>; null when the span does not hold it.</summary>
    public static Fix? LawPhrase(ArticleCitation citation, string replacement) =>
        LawSpanInText(citation) is { } span ? new Fix(span, replacement) : null;
}
