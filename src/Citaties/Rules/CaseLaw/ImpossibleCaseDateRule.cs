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

        var written = WrittenDate(citation.Text, day, month);
        var span = written.Length > 0 ? new TextSpan(citation.Span.Start + written.Start, written.Length) : citation.Span;
        var days = DateTime.DaysInMonth(year, month);
        context.Report(Descriptor, span, null, null, context.Text.Substring(span.Start, span.Length), DutchDateReader.MonthNames[month - 1][0], days.ToString(CultureInfo.InvariantCulture));
    }

    // Where the day, month and year stand in the citation's text: the day as a number at a word start, then white
    // space and one of the month's names; through the four digits of the year after it. Empty when not found.
    private static TextSpan WrittenDate(string text, int day, int month)
    {
        var digits = day.ToString(CultureInfo.InvariantCulture);
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var i = at + digits.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || i >= text.Length || !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            foreach (var name in DutchDateReader.MonthNames[month - 1])
            {
                if (string.Compare(text, i, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) != 0)
                {
                    continue;
                }

                var end = i + name.Length;
                end += end < text.Length && text[end] == '.' ? 1 : 0;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                var yearEnd = end;
                while (yearEnd < text.Length && char.IsDigit(text[yearEnd]))
                {
                    yearEnd++;
                }

                return TextSpan.FromBounds(at, yearEnd > end ? yearEnd : i + name.Length);
            }
        }

        return default;
    }
}
