using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1006: a label that is not a citation form: <c>Kamerbrief</c> (the kind of document is no part of the
/// citation), <c>TK</c>, or a lower-case <c>kamerstuk</c>. The fix replaces only the label: <c>Kamerstuk</c> for one
/// piece of one dossier without chamber or year (the Kamer's house style), <c>Kamerstukken</c> otherwise,
/// <c>Kamerstukken II</c> for <c>TK</c>.
/// </summary>
internal sealed class KamerstukLabelRule : CitationRule<KamerstukCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.KamerstukLabel,
        new("Geen citeervorm", "Not a citation form"),
        new("'{0}' is geen citeervorm; schrijf '{1}'", "'{0}' is not a citation form; write '{1}'"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(KamerstukCitation citation, RuleContext context)
    {
        if (citation.Label is not { Length: > 0 } label || Replacement(citation, label) is not { } replacement)
        {
            return;
        }

        var fix = WrittenPart.Find(citation, label, LabelSearchStart(citation)) is { } span ? new Fix(span, replacement) : null;
        context.Report(Descriptor, citation, fix, label, replacement);
    }

    private static string? Replacement(KamerstukCitation citation, string label)
    {
        if (label == "TK")
        {
            return citation.ChamberText is null ? "Kamerstukken II" : "Kamerstukken";
        }

        if (string.Equals(label, "Kamerbrief", System.StringComparison.OrdinalIgnoreCase))
        {
            var singular = citation.Chamber is null && citation.SessionYear is null && citation.Dossiers.Count == 1 && citation.Pieces.Count == 1;
            return singular ? "Kamerstuk" : "Kamerstukken";
        }

        return char.IsLower(label[0]) ? char.ToUpperInvariant(label[0]) + label.Substring(1) : null;
    }

    // The label follows "bijlage bij" when there is one.
    private static int LabelSearchStart(KamerstukCitation citation) => citation.AppendixText?.Length ?? 0;
}
