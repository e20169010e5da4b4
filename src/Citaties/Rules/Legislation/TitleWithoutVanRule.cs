using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2009: a law named by its full citeertitel takes <c>van de</c>/<c>van het</c>, even a one-word title
/// (<c>artikel 5 van de Bekendmakingswet</c>; Ar 4.50 toelichting). Only an abbreviation goes without.
/// </summary>
internal sealed class TitleWithoutVanRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.TitleWithoutVan,
        new("Citeertitel zonder 'van de'", "Citation title without 'van de'"),
        new("Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.None),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        // The law is reported once, at the citation whose span holds it (the last of an enumeration).
        if (citation.LawForm != LawForm.TitleWithoutVan || citation.LawSpan.Length == 0 || citation.LawText is null)
        {
            return;
        }

        var wanted = ArticleFormatter.ArLaw(citation, byBook: false);
        context.Report(Descriptor, citation, ArticleRewrite.LawPhrase(citation, wanted), citation.LawText, wanted);
    }
}
