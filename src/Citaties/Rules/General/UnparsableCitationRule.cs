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

    public override RuleDescriptor Descriptor => RuleCatalog.UnparsableCitation;

    public override void Analyze(RuleContext context)
    {
        foreach (var miss in context.NearMisses)
        {
            var written = context.Text.Substring(miss.Span.Start, miss.Span.Length);
            var expected = miss.Expectations.Where(e => e.Length > 0).Distinct().ToArray();
            var reason = expected.Length == 0
                ? context.Say("de verwijzing breekt af", "the citation breaks off")
                : context.Say(
                    "verwacht " + string.Join(" of ", expected.Select(e => Dutch.TryGetValue(e, out var nl) ? nl : e)),
                    "expected " + string.Join(" or ", expected));
            context.Report(Descriptor, miss.Span, null, null, Collapse(written), reason);
        }
    }

    private static readonly char[] WhiteSpace = { ' ', '\t', '\r', '\n', '\u00A0' };

    // A near miss may run over a line break; the message shows it on one line.
    private static string Collapse(string text) =>
        string.Join(" ", text.Split(WhiteSpace, System.StringSplitOptions.RemoveEmptyEntries));
}
