using System.Globalization;
using System.Linq;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2002: the cited article does not occur in the law. Checked only where the catalog knows the articles: the
/// article list of an imported BWB text (its version date, or its file when the text states no date), or the
/// article count of an EU act or treaty. Each article of a list is checked; one marked <c>(oud)</c> is a former
/// number and not checked.
/// </summary>
internal sealed class ArticleNotFoundRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ArticleNotFound,
        new("Artikel bestaat niet", "Article not found"),
        new("Artikel {0} komt niet voor in {1} {2}", "Article {0} does not occur in {1} {2}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments), typeof(CatalogVersion.Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        if (citation.Law is not { } law)
        {
            return;
        }

        // Every article of a list is looked up: one finding for each that the law does not have.
        foreach (var item in citation.Articles)
        {
            if (!item.Old && item.From != ArticleItem.SoleArticle)
            {
                Check(citation, item, law, context);
            }
        }
    }

    private void Check(ArticleCitation citation, ArticleItem item, LawReference law, RuleContext context)
    {
        if (law.LawEntry is { Articles: { } articles } entry)
        {
            foreach (var label in Ends(citation, item))
            {
                if (!articles.Any(a => LawNames.SameLabel(a.Label, label)))
                {
                    context.Report(Descriptor, citation, null, Shown(citation, label), LawNames.ForMessage(citation), CatalogVersion.Of(entry));
                    return;
                }
            }

            return;
        }

        var count = law.EuActEntry?.ArticleCount ?? law.TreatyEntry?.ArticleCount;
        if (count is not { } max)
        {
            return;
        }

        foreach (var label in Ends(citation, item))
        {
            if (int.TryParse(label, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && (number < 1 || number > max))
            {
                var detail = Fragments.ArticleCount.With(max);
                context.Report(Descriptor, citation, null, label, LawNames.ForMessage(citation), detail);
                return;
            }
        }
    }

    // The labels to look up: both ends of a range; for the BW the number inside the book, as the BWB numbers it.
    private static string[] Ends(ArticleCitation citation, ArticleItem item) =>
        (item.To is null ? new[] { item.From } : new[] { item.From, item.To })
            .Select(label => InLaw(citation, label))
            .ToArray();

    private static string InLaw(ArticleCitation citation, string label)
    {
        if (citation.Book is null)
        {
            return label;
        }

        var colon = label.IndexOf(':');
        return colon >= 0 ? label.Substring(colon + 1) : label;
    }

    private static string Shown(ArticleCitation citation, string label) =>
        citation.Book is null ? label : citation.Book + ":" + label;

    // The {2} of the message for an EU act or treaty; for a Dutch law it is the catalog version.
    private static class Fragments
    {
        public static readonly LocalizedText ArticleCount = new("(dat telt {0} artikelen)", "(which has {0} articles)");
    }
}
