using System.Collections.Generic;
using System.Linq;

namespace Citaties.Rules.General;

/// <summary>
/// CIT0001: text that starts like a citation but breaks off (<c>Kamerstuk 28 638 nr</c>,
/// <c>Kamerstukken II 2019/20, nr.</c>). Reads the extractor's near misses; says what was expected where it stopped.
/// </summary>
internal sealed class UnparsableCitationRule : CitationRule
{
    // The grammar names what it expected in its own words; these are the Dutch ones for a message.
    private static readonly Dictionary<string, string> Dutch = new()
    {
        ["dossier number"] = "dossiernummer",
        ["five-digit dossier number"] = "dossiernummer",
        ["chamber"] = "Kamer",
        ["item number"] = "itemnummer",
        ["page number"] = "paginanummer",
        ["citation"] = "verwijzing",
    };

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
            var expected = miss.Expectations.Where(e => e.Length > 0).Distinct().ToArray();
            var reason = expected.Length == 0
                ? Fragments.BreaksOff
                : Fragments.Expected.With(LocalizedList.Join(Fragments.Or, expected.Select(e => new LocalizedText(Dutch.TryGetValue(e, out var nl) ? nl : e, e))));
            context.Report(Descriptor, miss.Span, null, null, Collapse(written), reason);
        }
    }

    // The {1} of the message: where the text broke off, or what the grammar expected there.
    private static class Fragments
    {
        public static readonly LocalizedText BreaksOff = new("de verwijzing breekt af", "the citation breaks off");
        public static readonly LocalizedText Expected = new("verwacht {0}", "expected {0}");
        public static readonly LocalizedText Or = new(" of ", " or ");
    }

    private static readonly char[] WhiteSpace = { ' ', '\t', '\r', '\n', '\u00A0' };

    // A near miss may run over a line break; the message shows it on one line.
    private static string Collapse(string text) =>
        string.Join(" ", text.Split(WhiteSpace, System.StringSplitOptions.RemoveEmptyEntries));
}
