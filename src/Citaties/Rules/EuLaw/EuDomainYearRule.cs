using Citaties.Model;

namespace Citaties.Rules.EuLaw;

/// <summary>
/// CIT5002: an EU act number whose domain did not exist in the year of the act (<c>Verordening (EU) nr. 593/2008</c>,
/// <c>Verordening (EG) 2022/2065</c>, <c>Richtlijn 2000/31/EEG</c>). No fix: either the domain or the year is wrong.
/// </summary>
internal sealed class EuDomainYearRule : CitationRule<EuActCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.EuDomainYear,
        new("Onmogelijk EU-domein", "Impossible EU domain"),
        new("Domein '{0}' past niet bij het jaar {1}: {2}", "Domain '{0}' does not fit the year {1}: {2}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EuActCitation act, RuleContext context)
    {
        if (act.Domain is null)
        {
            return;
        }

        // "EU, Euratom": each abbreviation is checked on its own.
        foreach (var part in act.Domain.Split(','))
        {
            var domain = part.Trim();
            if (EuDomainEras.Conflict(domain, act.Year) is { } conflict)
            {
                context.Report(Descriptor, act, null, domain, act.Year, Reason(conflict));
            }
        }
    }

    private static LocalizedText Reason(DomainConflict conflict) => conflict switch
    {
        DomainConflict.EuBeforeLisbon => Fragments.EuBeforeLisbon,
        DomainConflict.EgBeforeMaastricht => Fragments.EgBeforeMaastricht,
        DomainConflict.EgAfterLisbon => Fragments.EgAfterLisbon,
        DomainConflict.EegAfterMaastricht => Fragments.EegAfterMaastricht,
        DomainConflict.EgksAfterExpiry => Fragments.EgksAfterExpiry,
        DomainConflict.JbzOutsideThirdPillar => Fragments.JbzOutsideThirdPillar,
        _ => Fragments.GbvbBeforeMaastricht,
    };

    // The {2} of the message: why the domain does not fit the year.
    private static class Fragments
    {
        public static readonly LocalizedText EuBeforeLisbon = new(
            "EU is pas sinds 1 december 2009 (Verdrag van Lissabon) het domein; daarvoor EG",
            "EU is the domain only from 1 December 2009 (Treaty of Lisbon); before, EC");

        public static readonly LocalizedText EgBeforeMaastricht = new(
            "EG is pas sinds 1 november 1993 (Verdrag van Maastricht) het domein; daarvoor EEG",
            "EC is the domain only from 1 November 1993 (Treaty of Maastricht); before, EEC");

        public static readonly LocalizedText EgAfterLisbon = new(
            "sinds 1 december 2009 (Verdrag van Lissabon) is het domein EU",
            "from 1 December 2009 (Treaty of Lisbon) the domain is EU");

        public static readonly LocalizedText EegAfterMaastricht = new(
            "sinds 1 november 1993 (Verdrag van Maastricht) is het domein EG",
            "from 1 November 1993 (Treaty of Maastricht) the domain is EC");

        public static readonly LocalizedText EgksAfterExpiry = new("het EGKS-Verdrag is op 23 juli 2002 verlopen", "the ECSC Treaty expired on 23 July 2002");
        public static readonly LocalizedText JbzOutsideThirdPillar = new("JBZ bestond alleen van november 1993 tot december 2009", "JHA existed only from November 1993 to December 2009");
        public static readonly LocalizedText GbvbBeforeMaastricht = new("GBVB bestaat pas sinds 1 november 1993", "CFSP exists only from 1 November 1993");
    }
}
