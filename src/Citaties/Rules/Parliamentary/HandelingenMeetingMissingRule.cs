using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1009: Handelingen without vergadernummer (<c>Handelingen II 2019/20, p. 4</c>): since pages restart with
/// every item (2011), the citation names no findable text. A citation with a dossier number is CIT1008's.
/// </summary>
internal sealed class HandelingenMeetingMissingRule : CitationRule<HandelingenCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.HandelingenMeetingMissing;

    protected override void Analyze(HandelingenCitation citation, RuleContext context)
    {
        if (citation.Meeting is null && citation.Dossier is null)
        {
            context.Report(Descriptor, citation, null, citation.Text);
        }
    }
}
