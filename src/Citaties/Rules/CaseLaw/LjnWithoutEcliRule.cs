using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3006: a decision cited by its LJN alone. LJNs were replaced by the ECLI in 2013 (the LJN lives on as the
/// ordinal: <c>LJN AO9006</c> is <c>ECLI:NL:HR:2005:AO9006</c>), and Ar 3.44 and the Leidraad cite by ECLI. Not
/// reported when an ECLI with the same ordinal stands right next to the LJN (<c>ECLI:NL:HR:2005:AO9006, LJN
/// AO9006</c>). No fix: court and year cannot be told from the LJN.
/// </summary>
internal sealed class LjnWithoutEcliRule : CitationRule
{
    /// <summary>How many characters may stand between the LJN and an ECLI of the same decision.</summary>
    internal const int NeighbourGap = 40;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.LjnWithoutEcli,
        new("LJN zonder ECLI", "LJN without ECLI"),
        new("Vermeld de ECLI bij LJN {0}", "Give the ECLI with LJN {0}"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        var citations = context.Citations;
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i] is LjnCitation ljn && !HasEcliNextTo(context, i, ljn))
            {
                context.Report(Descriptor, ljn, null, ljn.Value);
            }
        }
    }

    private static bool HasEcliNextTo(RuleContext context, int index, LjnCitation ljn)
    {
        var citations = context.Citations;
        var from = ljn.Span.Start - NeighbourGap;
        var to = ljn.Span.End + NeighbourGap;

        // Citations are in text order by start; an ECLI around the LJN (ECLI:NL:HR:2011:LJN:BQ8092) starts before it.
        for (var k = index - 1; k >= 0 && citations[k].Span.Start >= from - LongestCitation; k--)
        {
            if (IsSameDecision(citations[k], ljn) && citations[k].Span.End >= from)
            {
                return true;
            }
        }

        for (var k = index + 1; k < citations.Count && citations[k].Span.Start <= to; k++)
        {
            if (IsSameDecision(citations[k], ljn))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far back a citation may start and still end near the LJN (citations are short).</summary>
    private const int LongestCitation = 400;

    private static bool IsSameDecision(Citation other, LjnCitation ljn) =>
        other is EcliCitation ecli && string.Equals(ecli.Ordinal, ljn.Value, System.StringComparison.Ordinal);
}
