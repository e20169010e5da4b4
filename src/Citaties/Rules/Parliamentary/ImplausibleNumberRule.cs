using System.Globalization;
using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1011: a number beyond what the parliamentary series reach (<see cref="ParliamentaryLimits"/>): a dossier
/// above the highest in use, an ondernummer, an aanhangselnummer, a vergadernummer or an item. Usually a typo
/// or a zaaknummer/documentnummer written where the number belongs.
/// </summary>
internal sealed class ImplausibleNumberRule : CitationRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImplausibleNumber;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            switch (citation)
            {
                case KamerstukCitation k:
                    foreach (var dossier in k.Dossiers)
                    {
                        Check(context, citation, dossier.Number, ParliamentaryLimits.Dossier(context.Options.Today), "Dossiernummer", "Dossier number");
                    }

                    foreach (var piece in k.Pieces)
                    {
                        Check(context, citation, piece.Number, ParliamentaryLimits.Ondernummer, "Ondernummer", "Sequence number");
                    }

                    break;
                case AanhangselCitation a:
                    Check(context, citation, a.Number, ParliamentaryLimits.Aanhangsel(a.Chamber), "Aanhangselnummer", "Aanhangsel number");
                    break;
                case HandelingenCitation h when h.Dossier is null:
                    Check(context, citation, h.Meeting, ParliamentaryLimits.Meeting(h.Chamber), "Vergadernummer", "Meeting number");
                    Check(context, citation, h.Item, ParliamentaryLimits.Item(h.Chamber), "Itemnummer", "Item number");
                    break;
            }
        }
    }

    private static void Check(RuleContext context, Citation citation, string? number, int limit, string dutch, string english)
    {
        if (ChamberEvidence.Above(number, limit))
        {
            context.Report(RuleCatalog.ImplausibleNumber, citation, null,
                context.Say(dutch, english), number, limit.ToString(CultureInfo.InvariantCulture));
        }
    }
}
