using System;
using System.Collections.Generic;
using System.Globalization;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.EuLaw;

/// <summary>
/// CIT5003: a CELEX number that is malformed (year not four digits, descriptor of three letters, number under
/// four digits), has a descriptor that does not exist in its sector, a year in the future, or a legislation
/// descriptor that contradicts the act it belongs to. The act is known reliably in two ways only: the same
/// year and number cited as an act nearby (<c>Verordening (EU) 2022/2065 (CELEX 32022L2065)</c>), or, from 2015
/// when every act of a year shares one numbering, the catalog's act with that year and number.
/// </summary>
internal sealed class MalformedCelexRule : CitationRule<CelexCitation>
{
    /// <summary>How far (in characters) an act number may stand from the CELEX number to count as its act.</summary>
    internal const int NearbyDistance = 200;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.MalformedCelex,
        new("Onjuist CELEX-nummer", "Malformed CELEX number"),
        new("'{0}' is geen geldig CELEX-nummer: {1}", "'{0}' is not a valid CELEX number: {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CelexCitation celex, RuleContext context)
    {
        var reasons = new List<ILocalizable>();
        if (celex.YearText.Length != 4)
        {
            reasons.Add(Fragments.YearDigits.With(celex.YearText, celex.YearText.Length));
        }
        else if (celex.Year > DateTime.Today.Year)
        {
            reasons.Add(Fragments.FutureYear.With(celex.Year));
        }

        if (celex.Descriptor.Length > 2)
        {
            reasons.Add(Fragments.LongDescriptor.With(celex.Descriptor));
        }
        else if (!CelexDescriptors.IsPossible(celex.Sector, celex.Descriptor))
        {
            reasons.Add(Fragments.DescriptorNotInSector.With(celex.Descriptor, celex.Sector));
        }
        else if (celex.YearText.Length == 4 && celex.Number.Length >= 4 && ActConflict(celex, context) is { } conflict)
        {
            reasons.Add(conflict);
        }

        if (celex.Number.Length < 4)
        {
            reasons.Add(Fragments.ShortNumber.With(celex.Number, celex.Number.Length, celex.Number.PadLeft(4, '0')));
        }

        if (reasons.Count > 0)
        {
            context.Report(Descriptor, celex, null, celex.Text, LocalizedList.Join("; ", reasons));
        }
    }

    // A legislation CELEX (sector 3, or 0 for a consolidated text) whose descriptor is not that of its act.
    private static ILocalizable? ActConflict(CelexCitation celex, RuleContext context)
    {
        if (celex.Sector is not ('3' or '0') || celex.Descriptor.Length != 1 || celex.Number.Length > 9)
        {
            return null;
        }

        var number = int.Parse(celex.Number, NumberStyles.None, CultureInfo.InvariantCulture);
        var written = celex.Descriptor[0];
        if (NearbyAct(celex, number, context) is { } act)
        {
            var expected = CelexDescriptors.ForActType(act.Type, act.Domain);
            return Contradicts(written, expected)
                ? Fragments.NearbyActConflict.With(Name(written), written, act.Text, act.Celex)
                : null;
        }

        if (celex.Year < Kinds.EuActFormatter.UnifiedNumberingYear)
        {
            return null;
        }

        var known = LawCatalog.Default.FindEuAct(celex.Year, number).Candidates;
        if (known.Count != 1 || EuActTypes.CelexDescriptor(known[0].Type) is not { } catalogDescriptor)
        {
            return null;
        }

        return Contradicts(written, catalogDescriptor)
            ? Fragments.CatalogConflict.With(Name(written), written, celex.Year, number, known[0].Type, known[0].Domain, known[0].Celex)
            : null;
    }

    // The act cited with the same year and number closest to the CELEX number, within NearbyDistance.
    private static EuActCitation? NearbyAct(CelexCitation celex, int number, RuleContext context)
    {
        EuActCitation? best = null;
        var bestDistance = int.MaxValue;
        foreach (var citation in context.Citations)
        {
            if (citation is not EuActCitation act || act.Year != celex.Year || act.Number != number)
            {
                continue;
            }

            var distance = act.Span.End <= celex.Span.Start
                ? celex.Span.Start - act.Span.End
                : Math.Max(0, act.Span.Start - celex.Span.End);
            if (distance <= NearbyDistance && distance < bestDistance)
            {
                best = act;
                bestDistance = distance;
            }
        }

        return best;
    }

    // Only a regulation or directive on one side is a certain contradiction: decisions have several
    // descriptors (D, S, and others for acts sui generis), so D against S or X proves nothing.
    private static bool Contradicts(char written, char expected) =>
        written != expected && (written is 'R' or 'L' || expected is 'R' or 'L');

    private static LocalizedText Name(char descriptor) => descriptor switch
    {
        'R' => Fragments.SaysRegulation,
        'L' => Fragments.SaysDirective,
        'D' => Fragments.SaysDecision,
        'F' => Fragments.SaysFrameworkDecision,
        _ => Fragments.DocumentType,
    };

    // The {1} of the message: each defect, joined with "; ".
    private static class Fragments
    {
        public static readonly LocalizedText YearDigits = new("het jaar '{0}' heeft {1} cijfers in plaats van 4", "the year '{0}' has {1} digits instead of 4");
        public static readonly LocalizedText FutureYear = new("het jaar {0} ligt in de toekomst", "the year {0} is in the future");
        public static readonly LocalizedText LongDescriptor = new("de documentsoort '{0}' heeft meer dan twee letters", "the document type '{0}' has more than two letters");
        public static readonly LocalizedText DescriptorNotInSector = new("de documentsoort '{0}' bestaat niet in sector {1}", "the document type '{0}' does not exist in sector {1}");
        public static readonly LocalizedText ShortNumber = new(
            "het documentnummer '{0}' heeft {1} cijfers; vul aan tot 4 ({2})",
            "the document number '{0}' has {1} digits; pad it to 4 ({2})");

        public static readonly LocalizedText NearbyActConflict = new("{0} ({1}) past niet bij '{2}'; schrijf {3}", "{0} ({1}) does not fit '{2}'; write {3}");
        public static readonly LocalizedText CatalogConflict = new(
            "{0} ({1}), maar {2}/{3} is volgens de catalogus {4} ({5}) {2}/{3}, CELEX {6}",
            "{0} ({1}), but according to the catalog {2}/{3} is {4} ({5}) {2}/{3}, CELEX {6}");

        public static readonly LocalizedText SaysRegulation = new("het CELEX-nummer zegt verordening", "the CELEX number says regulation");
        public static readonly LocalizedText SaysDirective = new("het CELEX-nummer zegt richtlijn", "the CELEX number says directive");
        public static readonly LocalizedText SaysDecision = new("het CELEX-nummer zegt besluit", "the CELEX number says decision");
        public static readonly LocalizedText SaysFrameworkDecision = new("het CELEX-nummer zegt kaderbesluit", "the CELEX number says framework decision");
        public static readonly LocalizedText DocumentType = new("de CELEX-documentsoort", "the CELEX document type");
    }
}
