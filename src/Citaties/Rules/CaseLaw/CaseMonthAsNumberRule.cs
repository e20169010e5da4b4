using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3012: the date of a decision with its month as a number (<c>HR 8-7-2016</c>, <c>Rb. Amsterdam
/// 08/07/2016</c>). The Leidraad and Ar 3.44 write the month out (<c>8 juli 2016</c>), which no reader can take for
/// 7 August. The fix writes the date so; a date that does not exist is left to CIT3009.
/// </summary>
internal sealed class CaseMonthAsNumberRule : CitationRule<CaseCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.CaseMonthAsNumber,
        new("Maand van de uitspraakdatum als getal", "Month of a decision date as a number"),
        new("Schrijf de maand voluit: '{1}' in plaats van '{0}'", "Write the month out: '{1}' rather than '{0}'"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.Warning),
        hasFix: true);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CaseCitation citation, RuleContext context)
    {
        if (citation is not { DateSpan: { } date, Day: { } day, Month: { } month, Year: { } year, Date: not null })
        {
            return;
        }

        var span = new TextSpan(citation.Span.Start + date.Start, date.Length);
        var written = context.Text.Substring(span.Start, span.Length);
        if (HasLetter(written))
        {
            return;
        }

        var replacement = day + " " + DutchDateReader.MonthNames[month - 1][0] + " " + year;
        context.Report(Descriptor, span, new Fix(span, replacement), null, written, replacement);
    }

    private static bool HasLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
