using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3004: a Dutch numeric ordinal with leading zeros (<c>ECLI:NL:HR:2020:01234</c>): rechtspraak.nl numbers
/// without them (citation-rules.md 8.2), so the identifier as written does not exist. The fix drops the zeros
/// (the grammar's repaired value, when the ECLI has no other defect that cannot be repaired).
/// </summary>
internal sealed class EcliLeadingZeroRule : CitationRule<EcliCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.EcliLeadingZero,
        new("Voorloopnul in ECLI-volgnummer", "Leading zero in an ECLI ordinal"),
        new("Het volgnummer '{0}' heeft een voorloopnul; schrijf '{1}'", "The ordinal '{0}' has a leading zero; write '{1}'"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        if ((citation.Defects & EcliDefect.LeadingZero) == 0)
        {
            return;
        }

        var fix = citation.Repaired is { } repaired ? new Fix(citation.Span, repaired) : null;
        context.Report(Descriptor, citation, fix, citation.OrdinalAsWritten, citation.Ordinal);
    }
}
