using System.Collections.Generic;
using System.Linq;
using System.Text;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of a case citation in the order of the Leidraad (citation-rules.md 7.1): instance (with
/// <c>(zittingsplaats X)</c> and a qualifier such as <c>(vzr.)</c>), the date with the month written out, case
/// numbers, ECLI, LJN, pinpoint, reports (<c>NJ 2017/13, m.nt. T. Hartlief</c>), then the conclusion and the
/// nickname in brackets: <c>HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8</c>. Reports keep the form they were
/// written in (<c>NJ 1994, 233</c>): which form a journal used in which year is for a rule to judge.
/// </summary>
internal static class CaseFormatter
{
    public static string Format(CaseCitation citation)
    {
        var parts = new List<string>();
        if (citation.Court is not null)
        {
            parts.Add(Head(citation));
        }

        if (citation.CaseNumbers.Count > 0)
        {
            parts.Add(Numbers(citation));
        }

        if (citation.Ecli is not null)
        {
            parts.Add(citation.Ecli.Value);
        }

        if (citation.Ljn is not null)
        {
            parts.Add("LJN " + citation.Ljn);
        }

        if (citation.Pinpoint is not null)
        {
            parts.Add(citation.Pinpoint);
        }

        parts.AddRange(citation.Reports.Select(Report));
        var text = new StringBuilder(string.Join(", ", parts));
        if (citation.Conclusion is not null)
        {
            text.Append(" (concl. A-G ").Append(citation.Conclusion).Append(')');
        }

        if (citation.Nickname is not null)
        {
            text.Append(" (").Append(citation.Nickname).Append(')');
        }

        return text.ToString();
    }

    /// <summary><c>NJ 2017/13, m.nt. T. Hartlief</c>, <c>NJ 1994, 233</c>, <c>BNB 1988/248*</c>.</summary>
    public static string Report(CaseReport report)
    {
        var text = report.Journal + " " + report.Year + (report.OldForm ? ", " : "/") + report.Number + (report.Starred ? "*" : string.Empty);
        return report.Annotator is null ? text : text + ", m.nt. " + report.Annotator;
    }

    private static string Head(CaseCitation citation)
    {
        var head = new StringBuilder(citation.Court);
        if (citation.Location is not null)
        {
            head.Append(" (zittingsplaats ").Append(citation.Location).Append(')');
        }

        if (citation.Qualifier is not null)
        {
            head.Append(" (").Append(citation.Qualifier).Append(')');
        }

        if (citation.Day is { } day && citation.Month is { } month && citation.Year is { } year)
        {
            head.Append(' ').Append(day).Append(' ').Append(DutchDateReader.MonthNames[month - 1][0]).Append(' ').Append(year);
        }
        else if (citation.Year is { } yearOnly)
        {
            head.Append(' ').Append(yearOnly);
        }

        return head.ToString();
    }

    // EU numbers joined as the Curia writes them (C-511/18, C-512/18 en C-520/18); an ECtHR application number
    // with its label (nr. 6289/73); a Dutch case number bare, as the Leidraad prints it.
    private static string Numbers(CaseCitation citation)
    {
        var numbers = citation.CaseNumbers;
        var joined = DutchList.Join(numbers);
        if (citation.HasEuCaseNumbers)
        {
            return (citation.Court is null ? (numbers.Count == 1 ? "zaak " : "gevoegde zaken ") : string.Empty) + joined;
        }

        return citation.CourtCode == "ECHR" ? (numbers.Count == 1 ? "nr. " : "nrs. ") + joined : joined;
    }
}
