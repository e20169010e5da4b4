using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3005: a Dutch ECLI whose ordinal has the shape of an LJN (<c>AB1234</c>) with a year after 2013. LJNs were
/// no longer issued once the ECLI came in (June 2013); later decisions have numeric ordinals, so such an ECLI
/// mixes up two decisions or has a wrong year.
/// </summary>
internal sealed class LjnOrdinalAfter2013Rule : CitationRule<EcliCitation>
{
    /// <summary>The last year in which LJNs were given out.</summary>
    internal const int LastLjnYear = 2013;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.LjnOrdinalAfter2013,
        new("LJN-volgnummer na 2013", "LJN-style ordinal after 2013"),
        new("Volgnummer '{0}' heeft de vorm van een LJN, maar LJN's werden na 2013 niet meer toegekend", "Ordinal '{0}' has the form of an LJN, but LJNs were not issued after 2013"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        if (citation.IsLjnOrdinal && citation.Year > LastLjnYear)
        {
            context.Report(Descriptor, citation, null, citation.Ordinal);
        }
    }
}
