using System;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3013: a journal report in the older form with a comma (<c>NJ 2015, 167</c>) for a volume that the journal
/// numbered as year/number (<c>NJ 2015/167</c>; see <see cref="JournalNumbering"/>). The report is still found by
/// either form, but the journal, its index and the databases cite the volume as printed. The fix writes the
/// slash. Volumes before the change keep their comma (<c>NJ 1994, 233</c> is right).
/// </summary>
internal sealed class OldJournalFormRule : CitationRule<CaseCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.OldJournalForm,
        new("Oude vindplaatsvorm voor een jaargang met jaar/nummer", "Older journal form in a year/number volume"),
        new("{0} {1} is genummerd als {0} {1}/{2}; schrijf '{0} {1}/{2}'", "{0} {1} is numbered as {0} {1}/{2}; write '{0} {1}/{2}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.Warning),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CaseCitation citation, RuleContext context)
    {
        var searchFrom = citation.Span.Start;
        foreach (var report in citation.Reports)
        {
            if (!report.OldForm || !JournalNumbering.UsesSlash(report.Journal, report.Year))
            {
                continue;
            }

            // The report as the grammar read it: journal, space, year, comma, an optional space, the number.
            var volume = report.Journal + " " + report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",";
            var at = context.Text.IndexOf(volume, searchFrom, citation.Span.End - searchFrom, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var comma = at + volume.Length - 1;
            var number = comma + 1 < citation.Span.End && context.Text[comma + 1] == ' ' ? comma + 2 : comma + 1;
            var span = TextSpan.FromBounds(at, number + report.Number.Length);
            var fix = new Fix(TextSpan.FromBounds(comma, number), "/");
            context.Report(Descriptor, span, fix, null, report.Journal, report.Year, report.Number);
            searchFrom = span.End;
        }
    }
}
