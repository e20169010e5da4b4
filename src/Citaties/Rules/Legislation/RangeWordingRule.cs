using System.Linq;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2010: the Aanwijzingen join the ends of a range with <c>tot en met</c> (Ar 3.14): <c>de artikelen 3 tot en
/// met 5</c>, <c>tweede tot en met vierde lid</c>; <c>t/m</c> and a hyphen are for literature.
/// </summary>
internal sealed class RangeWordingRule : CitationRule<ArticleCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.RangeWording,
        new("Reeks met 'tot en met'", "Range with 'tot en met'"),
        new("Schrijf 'tot en met' in plaats van '{0}'", "Write 'tot en met' instead of '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.None),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(ArticleCitation citation, RuleContext context)
    {
        // A list may hold several ranges ("310-314 en 150 tot en met 156"): the first written otherwise is named.
        var written = citation.Items.Select(i => Written(i.RangeStyle)).FirstOrDefault(w => w is not null);
        if (written is null)
        {
            return;
        }

        context.Report(Descriptor, citation, ArticleRewrite.WholeCitation(citation, context), written);
    }

    private static string? Written(RangeStyle style) => style switch
    {
        RangeStyle.TM => "t/m",
        RangeStyle.Hyphen => "-",
        _ => null,
    };
}
