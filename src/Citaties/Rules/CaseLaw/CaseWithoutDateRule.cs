using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3014: a decision cited by its instance without the date (<c>HR, ECLI:NL:HR:2016:162</c>) or with the year
/// alone (<c>Rb. Amsterdam 2016, ECLI:NL:RBAMS:2016:123</c>). The Leidraad and Ar 3.44 name a decision by instance
/// and date; the date is what a reader sees first and what tells two decisions of one court apart. No fix: the
/// ECLI gives the year, not the day.
/// </summary>
internal sealed class CaseWithoutDateRule : CitationRule<CaseCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.CaseWithoutDate,
        new("Uitspraak zonder datum", "Case citation without a date"),
        new("Vermeld de datum van de uitspraak van {0}", "Give the date of the decision of {0}"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CaseCitation citation, RuleContext context)
    {
        if (citation is { Court: { } court, Day: null })
        {
            context.Report(Descriptor, citation, null, court);
        }
    }
}
