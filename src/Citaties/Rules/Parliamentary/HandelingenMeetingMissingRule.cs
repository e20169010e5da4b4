using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1009: Handelingen without vergadernummer (<c>Handelingen II 2019/20, p. 4</c>): since pages restart with
/// every item (2011), the citation names no findable text. A citation with a dossier number is CIT1008's.
/// </summary>
internal sealed class HandelingenMeetingMissingRule : CitationRule<HandelingenCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.HandelingenMeetingMissing,
        new("Vergadernummer ontbreekt", "Meeting number missing"),
        new("Vermeld het vergadernummer (nr.) in '{0}'", "State the meeting number (nr.) in '{0}'"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(HandelingenCitation citation, RuleContext context)
    {
        if (citation.Meeting is null && citation.Dossier is null)
        {
            context.Report(Descriptor, citation, null, citation.Text);
        }
    }
}
