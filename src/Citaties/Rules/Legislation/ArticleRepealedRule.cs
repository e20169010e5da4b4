using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2012: the cited article is marked vervallen in the catalog's imported text of the law. A citation marked
/// <c>(oud)</c> says so itself and is not reported.
/// </summary>
internal sealed class ArticleRepealedRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ArticleRepealed,
        new("Artikel vervallen", "Article repealed"),
        new("Artikel {0} van {1} is vervallen {2}", "Article {0} of {1} has been repealed {2}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(CatalogVersion.Fragments)));

    public override RuleDescriptor Descriptor => Definition;

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

        context.Report(Descriptor, citation, null, citation.Article, LawNames.ForMessage(citation), CatalogVersion.Of(entry));
    }
}
