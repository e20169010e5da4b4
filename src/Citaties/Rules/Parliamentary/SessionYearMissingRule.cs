using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1004: a Kamerstuk reference without vergaderjaar (<c>Kamerstuk 28 638, nr. 178</c>, the Kamer's house
/// style). A whole bill (<c>Kamerstukken 31945</c>, Aanwijzing 3.43 second paragraph) and bare ids are exempt.
/// No fix: the year cannot be read from the citation.
/// </summary>
internal sealed class SessionYearMissingRule : CitationRule<KamerstukCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.SessionYearMissing,
        new("Vergaderjaar ontbreekt", "Parliamentary year missing"),
        new("Vermeld het vergaderjaar in '{0}'", "State the parliamentary year in '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.None, RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        if (citation.SessionYear is null && ChamberMissingRule.NeedsChamber(citation))
        {
            context.Report(Descriptor, citation, null, citation.Text);
        }
    }
}
