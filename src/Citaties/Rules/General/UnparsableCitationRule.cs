using System.Collections.Generic;
using System.Linq;

namespace Citaties.Rules.General;

/// <summary>
/// CIT0001: text that starts like a citation but breaks off (<c>Kamerstuk 28 638 nr</c>,
/// <c>Kamerstukken II 2019/20, nr.</c>). Reads the extractor's near misses; says what was expected where it stopped.
/// </summary>
internal sealed class UnparsableCitationRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.UnparsableCitation,
        new("Onvolledige verwijzing", "Incomplete citation"),
        new("'{0}' lijkt een verwijzing, maar is onvolledig: {1}", "'{0}' looks like a citation but is incomplete: {1}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        foreach (var miss in context.NearMisses)
        {
            var written = context.Text.Substring(miss.Span.Start, miss.Span.Length);
            var expected = GrammarExpectations.Join(miss.Expectations);
            var reason = expected is null ? Fragments.BreaksOff : Fragments.Expected.With(expected);
            context.Report(Descriptor, miss.Span, null, null, Collapse(written), reason);
        }
    }

    // The {1} of the message: where the text broke off, or what the grammar expected there.
    private static class Fragments
    {
        public static readonly LocalizedText BreaksOff = new("de verwijzing breekt af", "the citation breaks off");
        public static readonly LocalizedText Expected = new("verwacht {0}", "expected {0}");
    }

    private static readonly char[] WhiteSpace = { ' ', '\t', '\r', '\n', '\u00A0' };

    // A near miss may run over a line break; the message shows it on one line.
    private static string Collapse(string text) =>
        string.Join(" ", text.Split(WhiteSpace, System.StringSplitOptions.RemoveEmptyEntries));
}
