using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1010: the Handelingen item system began on 1 January 2011 (Aanwijzing 3.43): an item number in a
/// vergaderjaar wholly before 2010/11, or none in one wholly after it, is wrong; within 2010/11 both are right.
/// Citations without vergadernummer or with a dossier are left to CIT1009 and CIT1008.
/// </summary>
internal sealed class HandelingenItemRule : CitationRule<HandelingenCitation>
{
    private const int SwitchYear = 2010;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.HandelingenItem,
        new("Itemnummer Handelingen", "Handelingen item number"),
        new("{0}", "{0}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(HandelingenCitation citation, RuleContext context)
    {
        if (citation.SessionYear is not { IsConsecutive: true } year || citation.Meeting is null || citation.Dossier is not null)
        {
            return;
        }

        if (citation.Item is { } item && year.FirstYear < SwitchYear)
        {
            context.Report(Descriptor, citation, null, Fragments.ItemBefore2011.With(year, item));
        }
        else if (citation.Item is null && year.FirstYear > SwitchYear)
        {
            context.Report(Descriptor, citation, null, Fragments.ItemMissing.With(citation.Meeting));
        }
    }

    // The whole message ({0}): an item where none existed yet, or none where one is needed.
    private static class Fragments
    {
        public static readonly LocalizedText ItemBefore2011 = new(
            "Handelingen van {0} hebben geen itemnummers (die bestaan sinds 2011); laat 'item {1}' weg en vermeld de pagina's",
            "Handelingen of {0} have no item numbers (they exist since 2011); drop 'item {1}' and give the pages");

        public static readonly LocalizedText ItemMissing = new(
            "Vermeld het itemnummer: sinds 2011 is elk agendapunt van de Handelingen een eigen publicatie (nr. {0}, item ...)",
            "State the item number: since 2011 each agenda item of the Handelingen is a publication of its own (nr. {0}, item ...)");
    }
}
