using System;
using System.Globalization;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3009: the date of a case citation does not exist (<c>HR 31 juni 2016</c>, <c>29 februari 2015</c>). The grammar
/// reads the day as written, so the citation is still found and its <see cref="CaseCitation.Date"/> is null. No fix:
/// the day or the month may be the mistyped one, and only the decision tells which.
/// </summary>
internal sealed class ImpossibleCaseDateRule : CitationRule<CaseCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.ImpossibleCaseDate,
        new("Datum van uitspraak bestaat niet", "Decision date does not exist"),
        new("{0} bestaat niet: {1} heeft {2} dagen", "{0} does not exist: {1} has {2} days"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(CaseCitation citation, RuleContext context)
    {
        if (citation is not { Day: { } day, Month: { } month, Year: { } year, Date: null } || month is < 1 or > 12 || year is < 1 or > 9999)
        {
            return;
        }

        var span = citation.DateSpan is { } date ? new TextSpan(citation.Span.Start + date.Start, date.Length) : citation.Span;
        var days = DateTime.DaysInMonth(year, month);
        context.Report(Descriptor, span, null, null, context.Text.Substring(span.Start, span.Length), DutchDateReader.MonthNames[month - 1][0], days.ToString(CultureInfo.InvariantCulture));
    }
}
