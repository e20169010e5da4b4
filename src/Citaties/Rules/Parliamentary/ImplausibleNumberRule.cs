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
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ImplausibleNumber,
        new("Onwaarschijnlijk nummer", "Implausible number"),
        new("{0} {1} is onwaarschijnlijk hoog (meestal hoogstens {2})", "{0} {1} is implausibly high (usually at most {2})"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            switch (citation)
            {
                case KamerstukCitation k:
                    foreach (var dossier in k.Dossiers)
                    {
                        Check(context, citation, dossier.Number, ParliamentaryLimits.Dossier(context.Options.Today), Fragments.Dossier);
                    }

                    foreach (var piece in k.Pieces)
                    {
                        Check(context, citation, piece.Number, ParliamentaryLimits.Ondernummer, Fragments.Ondernummer);
                    }

                    break;
                case AanhangselCitation a:
                    Check(context, citation, a.Number, ParliamentaryLimits.Aanhangsel(a.Chamber), Fragments.Aanhangsel);
                    break;
                case HandelingenCitation h when h.Dossier is null:
                    Check(context, citation, h.Meeting, ParliamentaryLimits.Meeting(h.Chamber), Fragments.Meeting);
                    Check(context, citation, h.Item, ParliamentaryLimits.Item(h.Chamber), Fragments.Item);
                    break;
            }
        }
    }

    private static void Check(RuleContext context, Citation citation, string? number, int limit, LocalizedText series)
    {
        if (ChamberEvidence.Above(number, limit))
        {
            context.Report(Definition, citation, null,
                series, number, limit.ToString(CultureInfo.InvariantCulture));
        }
    }

    // The {0} of the message: which number.
    private static class Fragments
    {
        public static readonly LocalizedText Dossier = new("Dossiernummer", "Dossier number");
        public static readonly LocalizedText Ondernummer = new("Ondernummer", "Sequence number");
        public static readonly LocalizedText Aanhangsel = new("Aanhangselnummer", "Aanhangsel number");
        public static readonly LocalizedText Meeting = new("Vergadernummer", "Meeting number");
        public static readonly LocalizedText Item = new("Itemnummer", "Item number");
    }
}
