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
        var written = citation.RangeStyle switch
        {
            RangeStyle.TM => "t/m",
            RangeStyle.Hyphen => "-",
            _ => null,
        };
        if (written is null)
        {
            return;
        }

        context.Report(Descriptor, citation, ArticleRewrite.WholeCitation(citation, context), written);
    }
}
