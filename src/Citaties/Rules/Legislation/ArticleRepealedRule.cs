using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2012: a cited article is marked vervallen in the catalog's imported text of the law. An article marked
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
        if (citation.Law?.LawEntry is not { Articles: { } articles } entry)
        {
            return;
        }

        // Every article of a list: one finding for each that is repealed and not marked (oud).
        for (var i = 0; i < citation.Articles.Count; i++)
        {
            var item = citation.Articles[i];
            var label = InLaw(citation, i);
            if (item.Old || articles.FirstOrDefault(a => LawNames.SameLabel(a.Label, label)) is not { Repealed: true })
            {
                continue;
            }

            context.Report(Descriptor, citation, null, item.From, LawNames.ForMessage(citation), CatalogVersion.Of(entry));
        }
    }

    // The label as the law numbers it: the first article's number in its BW book as the citation holds it, the
    // others' without the book before the colon (6:163 is 163 of Boek 6).
    private static string InLaw(ArticleCitation citation, int index)
    {
        var label = citation.Articles[index].From;
        if (index == 0 && citation.ArticleInBook is { } inBook)
        {
            return inBook;
        }

        var colon = label.IndexOf(':');
        return citation.Book is not null && colon >= 0 ? label.Substring(colon + 1) : label;
    }
}
