using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1015: pages of a Kamerstuk or Handelingen citation written otherwise than <c>p. 4</c>, <c>p. 7-8</c>,
/// <c>p. 3 en 4</c>: another label (<c>blz 8</c>, <c>pag 4</c>, <c>pagina 12</c>, <c>pp.</c>), no space after it
/// (<c>pag.4</c>), a slash for a range (<c>8/9</c>), or <c>e v.</c>. The reader takes the pages they name; the fix
/// writes them in the form of Ar 3.43 and the Leidraad. Only the first pages of a citation are checked.
/// </summary>
internal sealed class PagesFormRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.PagesForm,
        new("Vorm van de paginaverwijzing", "Form of the page reference"),
        new("Schrijf '{0}' als '{1}'", "Write '{0}' as '{1}'"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            var (written, pages) = citation switch
            {
                KamerstukCitation k => (k.PagesWritten, k.Pages),
                HandelingenCitation h => (h.PagesWritten, h.Pages),
                _ => (null, null),
            };

            if (written is null || pages is null)
            {
                continue;
            }

            var canonical = "p. " + pages;
            if (written == canonical)
            {
                continue;
            }

            var fix = WrittenPart.Find(citation, written) is { } span ? new Fix(span, canonical) : null;
            context.Report(Descriptor, citation, fix, written, canonical);
        }
    }
}
