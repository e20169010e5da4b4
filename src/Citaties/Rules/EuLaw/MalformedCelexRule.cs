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

    public override RuleDescriptor Descriptor => RuleCatalog.MalformedCelex;

    protected override void Analyze(CelexCitation celex, RuleContext context)
    {
        var reasons = new List<string>();
        if (celex.YearText.Length != 4)
        {
            reasons.Add(context.Say(
                $"het jaar '{celex.YearText}' heeft {celex.YearText.Length} cijfers in plaats van 4",
                $"the year '{celex.YearText}' has {celex.YearText.Length} digits instead of 4"));
        }
        else if (celex.Year > DateTime.Today.Year)
        {
            reasons.Add(context.Say($"het jaar {celex.Year} ligt in de toekomst", $"the year {celex.Year} is in the future"));
        }

        if (celex.Descriptor.Length > 2)
        {
            reasons.Add(context.Say(
                $"de documentsoort '{celex.Descriptor}' heeft meer dan twee letters",
                $"the document type '{celex.Descriptor}' has more than two letters"));
        }
        else if (!CelexDescriptors.IsPossible(celex.Sector, celex.Descriptor))
        {
            reasons.Add(context.Say(
                $"de documentsoort '{celex.Descriptor}' bestaat niet in sector {celex.Sector}",
                $"the document type '{celex.Descriptor}' does not exist in sector {celex.Sector}"));
        }
        else if (celex.YearText.Length == 4 && celex.Number.Length >= 4 && ActConflict(celex, context) is { } conflict)
        {
            reasons.Add(conflict);
        }

        if (celex.Number.Length < 4)
        {
            reasons.Add(context.Say(
                $"het documentnummer '{celex.Number}' heeft {celex.Number.Length} cijfers; vul aan tot 4 ({celex.Number.PadLeft(4, '0')})",
                $"the document number '{celex.Number}' has {celex.Number.Length} digits; pad it to 4 ({celex.Number.PadLeft(4, '0')})"));
        }

        if (reasons.Count > 0)
        {
            context.Report(Descriptor, celex, null, celex.Text, string.Join("; ", reasons));
        }
    }

    // A legislation CELEX (sector 3, or 0 for a consolidated text) whose descriptor is not that of its act.
    private static string? ActConflict(CelexCitation celex, RuleContext context)
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
                ? context.Say(
                    $"{Name(written, context)} ({written}) past niet bij '{act.Text}'; schrijf {act.Celex}",
                    $"{Name(written, context)} ({written}) does not fit '{act.Text}'; write {act.Celex}")
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
            ? context.Say(
                $"{Name(written, context)} ({written}), maar {celex.Year}/{number} is volgens de catalogus {known[0].Type} ({known[0].Domain}) {celex.Year}/{number}, CELEX {known[0].Celex}",
                $"{Name(written, context)} ({written}), but according to the catalog {celex.Year}/{number} is {known[0].Type} ({known[0].Domain}) {celex.Year}/{number}, CELEX {known[0].Celex}")
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

    private static string Name(char descriptor, RuleContext context) => descriptor switch
    {
        'R' => context.Say("het CELEX-nummer zegt verordening", "the CELEX number says regulation"),
        'L' => context.Say("het CELEX-nummer zegt richtlijn", "the CELEX number says directive"),
        'D' => context.Say("het CELEX-nummer zegt besluit", "the CELEX number says decision"),
        'F' => context.Say("het CELEX-nummer zegt kaderbesluit", "the CELEX number says framework decision"),
        _ => context.Say("de CELEX-documentsoort", "the CELEX document type"),
    };
}
