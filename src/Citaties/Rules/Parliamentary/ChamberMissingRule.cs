using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1003: a Kamerstuk, Handelingen or Aanhangsel citation without chamber (I or II). A whole bill
/// (<c>Kamerstukken 31945</c>) may go without, as may a bare id in a Handelingen list. The fix writes the
/// citation in its canonical form with the chamber, but only where the citation itself shows the chamber
/// (<see cref="ChamberEvidence"/>).
/// </summary>
internal sealed class ChamberMissingRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ChamberMissing,
        new("Kamer ontbreekt", "Chamber missing"),
        new("Vermeld de Kamer (I of II) in '{0}'", "State the chamber (I or II) in '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.None, RuleSeverity.Warning),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            if (ParliamentaryParts.Of(citation) is not { Chamber: null } || !NeedsChamber(citation))
            {
                continue;
            }

            var fix = ChamberEvidence.Of(citation) is { } chamber ? new Fix(citation.Span, WithChamber(citation, chamber)) : null;
            context.Report(Descriptor, citation, fix, citation.Text);
        }
    }

    /// <summary>True for a labelled citation of one or more pieces (not a whole bill, not a bare id).</summary>
    internal static bool NeedsChamber(Citation citation) =>
        citation is not KamerstukCitation k || (k.Label is not null && k.Pieces.Count > 0);

    private static string WithChamber(Citation citation, Chamber chamber) => citation switch
    {
        KamerstukCitation k => (k with { Chamber = chamber }).Canonical,
        HandelingenCitation h => (h with { Chamber = chamber }).Canonical,
        AanhangselCitation a => (a with { Chamber = chamber }).Canonical,
        _ => citation.Canonical,
    };
}
