using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1001: a vergaderjaar that cannot exist: the years do not follow each other (<c>2019/21</c>, <c>2018/20</c>),
/// it has not begun yet (judged against <see cref="LintOptions.Today"/>), or it lies before 1945/46 while the
/// Kamerstuk has a five-digit dossier number (the numbering that reached 10 000 began after the war).
/// </summary>
internal sealed class ImpossibleSessionYearRule : CitationRule
{
    public override RuleDescriptor Descriptor => RuleCatalog.ImpossibleSessionYear;

    public override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            if (ParliamentaryParts.Of(citation) is not { SessionYear: { } year } parts)
            {
                continue;
            }

            var reason = Reason(citation, year, context);
            if (reason is not null)
            {
                context.Report(Descriptor, citation, null, parts.SessionYearText ?? year.ToString(), reason);
            }
        }
    }

    private static string? Reason(Citation citation, SessionYear year, RuleContext context)
    {
        if (!year.IsConsecutive)
        {
            return context.Say(
                $"een vergaderjaar loopt van {year.FirstYear} tot {year.FirstYear + 1}, niet tot {year.SecondYear}",
                $"a parliamentary year runs from {year.FirstYear} to {year.FirstYear + 1}, not to {year.SecondYear}");
        }

        if (ParliamentaryCalendar.IsFuture(year, context.Options.Today))
        {
            return context.Say("het is nog niet begonnen", "it has not begun yet");
        }

        if (year.FirstYear < ParliamentaryCalendar.FirstPostWarYear
            && citation is KamerstukCitation k && k.Dossiers.Count > 0 && k.Dossiers[0].Number.Length == 5)
        {
            return context.Say(
                "dossiernummers van vijf cijfers bestaan pas na 1945/46",
                "five-digit dossier numbers only exist after 1945/46");
        }

        return null;
    }
}
