using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2012: the cited article is marked vervallen in the catalog's imported text of the law. A citation marked
/// <c>(oud)</c> says so itself and is not reported.
/// </summary>
internal sealed class ArticleRepealedRule : CitationRule<ArticleCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.ArticleRepealed;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        if (citation.Old || citation.Law?.LawEntry is not { Articles: { } articles } entry || citation.Articles.Count == 0)
        {
            return;
        }

        var label = citation.ArticleInBook ?? citation.Articles[0].From;
        var article = articles.FirstOrDefault(a => LawNames.SameLabel(a.Label, label));
        if (article is not { Repealed: true })
        {
            return;
        }

        context.Report(Descriptor, citation, null, citation.Article, LawNames.ForMessage(citation), ArticleNotFoundRule.Version(context, entry));
    }
}
