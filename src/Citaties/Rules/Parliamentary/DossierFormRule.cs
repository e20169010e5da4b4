using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1014: a five-digit dossier number in a form no house style uses: a dot or hyphen after the thousands
/// (<c>32.123</c>, <c>32-123</c>), a budget chapter glued on or after a dot (<c>32 123IV</c>, <c>32123.IV</c>), or a
/// rijkswet marker with a space inside (<c>36 123 (R 2150)</c>).
/// The reader takes them for the dossier they name; the fix writes the number in the configured style (spaced when
/// none is set, the canonical form of citation-rules.md 1) and the suffix in its printed form. Spaced against compact is
/// CIT1005's.
/// </summary>
internal sealed class DossierFormRule : CitationRule<KamerstukCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.DossierForm,
        new("Vorm van het dossiernummer", "Form of the dossier number"),
        new("Schrijf dossiernummer {0} als {1}", "Write dossier number {0} as {1}"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        if (citation.Label is null)
        {
            // Bare ids (35300-A, nr. 15) are id forms, as for CIT1005.
            return;
        }

        var from = 0;
        foreach (var dossier in citation.Dossiers)
        {
            if (dossier.Number.Length != 5 || !DossierWriting.IsIrregular(dossier))
            {
                continue;
            }

            var gluedSuffix = DossierWriting.HasIrregularSuffix(dossier);
            var written = gluedSuffix ? dossier.Written : DossierWriting.Number(dossier);
            var number = !DossierWriting.HasIrregularGrouping(dossier) ? DossierWriting.Number(dossier)
                : context.Options.DossierStyle == DossierNumberStyle.Compact ? dossier.Number
                : dossier.Number.Insert(2, " ");
            var wanted = gluedSuffix ? number + DossierWriting.PrintedSuffix(dossier) : number;
            var span = WrittenPart.Find(citation, written, from);
            if (span is { } found)
            {
                from = found.End - citation.Span.Start;
            }

            context.Report(Descriptor, citation, span is { } at ? new Fix(at, wanted) : null, written, wanted);
        }
    }
}
