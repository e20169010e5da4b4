using Citaties.Model;

namespace Citaties.Rules.Legislation;

/// <summary>
/// CIT2010: the Aanwijzingen join the ends of a range with <c>tot en met</c> (Ar 3.14): <c>de artikelen 3 tot en
/// met 5</c>, <c>tweede tot en met vierde lid</c>; <c>t/m</c> and a hyphen are for literature.
/// </summary>
internal sealed class RangeWordingRule : CitationRule<ArticleCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.RangeWording;

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
