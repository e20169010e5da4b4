using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1013: a chamber written out, abbreviated or as a digit (<c>Tweede Kamer</c>, <c>TK</c>, <c>EK</c>, <c>2</c>,
/// <c>1</c>, and <c>11</c>, text recognition's <c>II</c>) where citations write <c>II</c> or <c>I</c>. The reader takes
/// them for the chamber they name; the finding shows that, and the fix replaces just the chamber.
/// </summary>
internal sealed class ChamberFormRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ChamberForm,
        new("Vorm van de Kamer", "Form of the chamber"),
        new("Schrijf de Kamer als {1}, niet als {0}", "Write the chamber as {1}, not {0}"),
        ProfileSeverities.All(RuleSeverity.Info),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            if (ParliamentaryParts.Of(citation) is not { Chamber: { } chamber, ChamberText: { } written } || IsRoman(written))
            {
                continue;
            }

            var canonical = chamber.ToCitationForm();
            var fix = WrittenPart.Find(citation, written) is { } span ? new Fix(span, canonical) : null;
            context.Report(Descriptor, citation, fix, written, canonical);
        }
    }

    // I, II, VV and the joint-session forms I/II and I-II are citation forms of their own.
    private static bool IsRoman(string written)
    {
        foreach (var c in written)
        {
            if (c is not ('I' or 'V' or '/' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
