using System.Linq;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2003: the Aanwijzingen write leden as ordinal words between commas (<c>artikel 5, tweede lid</c>, Ar 3.29),
/// not as <c>lid 2</c>. A lid with an inserted letter (<c>lid 2a</c>) has no ordinal word and stays as it is.
/// </summary>
internal sealed class ParagraphAsNumberRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ParagraphAsNumber,
        new("Lid als rangtelwoord", "Paragraph as an ordinal"),
        new("Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.None),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        // Every article of a list has its own leden; one finding names the first written as numbers, as the fix
        // rewrites the whole list.
        var item = citation.Items.FirstOrDefault(IsNumbered);
        if (item is null)
        {
            return;
        }

        context.Report(
            Descriptor,
            citation,
            ArticleRewrite.WholeCitation(citation, context),
            ArticleFormatter.NumberParagraphs(item),
            ArticleFormatter.OrdinalParagraphs(item));
    }

    private static bool IsNumbered(ArticleItem item) =>
        item.ParagraphStyle == ParagraphStyle.Number && item.Paragraphs.Count > 0 && item.Paragraphs.All(p => DutchOrdinals.ToWord(p) is not null);
}
