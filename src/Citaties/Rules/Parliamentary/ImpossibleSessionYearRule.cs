using Citaties.Model;

namespace Citaties.Rules.Parliamentary;

/// <summary>
/// CIT1001: a vergaderjaar that cannot exist: the years do not follow each other (<c>2019/21</c>, <c>2018/20</c>),
/// it has not begun yet (judged against <see cref="LintOptions.Today"/>), or it lies before 1945/46 while the
/// Kamerstuk has a five-digit dossier number (the numbering that reached 10 000 began after the war).
/// </summary>
internal sealed class ImpossibleSessionYearRule : CitationRule
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ImpossibleSessionYear,
        new("Onmogelijk vergaderjaar", "Impossible parliamentary year"),
        new("Vergaderjaar {0} bestaat niet: {1}", "Parliamentary year {0} cannot exist: {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

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

    private static ILocalizable? Reason(Citation citation, SessionYear year, RuleContext context)
    {
        if (!year.IsConsecutive)
        {
            return Fragments.NotConsecutive.With(year.FirstYear, year.FirstYear + 1, year.SecondYear);
        }

        if (ParliamentaryCalendar.IsFuture(year, context.Options.Today))
        {
            return Fragments.NotBegun;
        }

        if (year.FirstYear < ParliamentaryCalendar.FirstPostWarYear
            && citation is KamerstukCitation k && k.Dossiers.Count > 0 && k.Dossiers[0].Number.Length == 5)
        {
            return Fragments.FiveDigitsBeforeWar;
        }

        return null;
    }

    // The {1} of the message: why the year cannot exist.
    private static class Fragments
    {
        public static readonly LocalizedText NotConsecutive = new(
            "een vergaderjaar loopt van {0} tot {1}, niet tot {2}",
            "a parliamentary year runs from {0} to {1}, not to {2}");

        public static readonly LocalizedText NotBegun = new("het is nog niet begonnen", "it has not begun yet");
        public static readonly LocalizedText FiveDigitsBeforeWar = new("dossiernummers van vijf cijfers bestaan pas na 1945/46", "five-digit dossier numbers only exist after 1945/46");
    }
}
