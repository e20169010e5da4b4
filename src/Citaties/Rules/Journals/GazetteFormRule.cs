using Citaties.Model;

namespace Citaties.Rules.Journals;

/// <summary>
/// CIT4004: a journal reference that departs from the canonical form <c>Stb. 2011, 35</c> (Ar 3.45) as the grammar
/// recorded it in <see cref="GazetteCitation.Style"/>: no full stop, no comma, spelled out, a <c>nr.</c> label, a split
/// <c>Pb EG</c>, a labelled PbEU page, a Staatscourant issue cited by date. The fix is the canonical form. An issue
/// cited by date without a number (<c>Stcrt. 20 juli 1999</c>) is left alone: its canonical form would lose the date.
/// </summary>
internal sealed class GazetteFormRule : CitationRule<GazetteCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.GazetteForm,
        new("Vorm van de vindplaats", "Non-canonical journal reference"),
        new("Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(GazetteCitation citation, RuleContext context)
    {
        if (citation.Style == GazetteStyle.Canonical
            || ((citation.Style & GazetteStyle.Dated) != 0 && citation.Number is null)
            || citation.Canonical == citation.Text)
        {
            return;
        }

        context.Report(Descriptor, citation, new Fix(citation.Span, citation.Canonical), citation.Text, citation.Canonical);
    }
}
