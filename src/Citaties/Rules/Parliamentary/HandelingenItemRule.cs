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

    public override RuleDescriptor Descriptor => RuleCatalog.HandelingenItem;

    protected override void Analyze(HandelingenCitation citation, RuleContext context)
    {
        if (citation.SessionYear is not { IsConsecutive: true } year || citation.Meeting is null || citation.Dossier is not null)
        {
            return;
        }

        if (citation.Item is { } item && year.FirstYear < SwitchYear)
        {
            context.Report(Descriptor, citation, null,
                $"Handelingen van {year} hebben geen itemnummers (die bestaan sinds 2011); laat 'item {item}' weg en vermeld de pagina's",
                $"Handelingen of {year} have no item numbers (they exist since 2011); drop 'item {item}' and give the pages");
        }
        else if (citation.Item is null && year.FirstYear > SwitchYear)
        {
            context.Report(Descriptor, citation, null,
                $"Vermeld het itemnummer: sinds 2011 is elk agendapunt van de Handelingen een eigen publicatie (nr. {citation.Meeting}, item ...)",
                $"State the item number: since 2011 each agenda item of the Handelingen is a publication of its own (nr. {citation.Meeting}, item ...)");
        }
    }
}
