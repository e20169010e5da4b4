using Citaties.Model;

namespace Citaties.Rules.Identifiers;

/// <summary>
/// CIT6004: an LJN under another name than <c>LJN</c> (<c>LJ-nummer</c>, <c>lj nr.</c>, <c>ELRO-nummer</c>,
/// <c>LJN-nr.</c>), with a space inside the number (<c>BZ 1234</c>) or in lower case. The reader takes all of them
/// for the same LJN; the finding shows that repair, with <c>LJN AB1234</c> as fix. <c>LJN: AB1234</c>, the form
/// rechtspraak.nl printed, is left alone.
/// </summary>
internal sealed class LjnFormRule : CitationRule<LjnCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.LjnForm,
        new("LJN in een andere schrijfwijze", "LJN written another way"),
        new("'{0}' is een LJN; schrijf '{1}'", "'{0}' is an LJN; write '{1}'"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(LjnCitation citation, RuleContext context)
    {
        if (citation.IsUsualForm)
        {
            return;
        }

        var canonical = citation.Canonical;
        context.Report(Descriptor, citation, new Fix(citation.Span, canonical), citation.Text, canonical);
    }
}
