using System;
using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3010: a decision cited by its instance and date without its ECLI (<c>HR 8 juli 2016, NJ 2017/13</c>). Ar 3.44
/// wants the ECLI in regulations and their explanatory memoranda, the Leidraad in literature; Kamerbrieven are free.
/// Not reported when the ECLI follows just outside the citation (<c>Rb. Den Haag 20 maart 2013 (...),
/// ECLI:...</c>), when the LJN is given (CIT3006 speaks of that), or when the same decision is cited with its ECLI
/// elsewhere in the document (a later short reference). Decisions from before 1999, when most had no public
/// identifier, are reported as info: the ECLI may not exist. No fix: the ECLI cannot be told from the citation.
/// </summary>
internal sealed class CaseWithoutEcliRule : CitationRule
{
    /// <summary>The first year whose decisions rechtspraak.nl published with an identifier (the LJN) as a rule.</summary>
    internal const int FirstIdentifiedYear = 1999;

    /// <summary>How many characters may stand between a case citation and an ECLI that belongs to it.</summary>
    private const int Gap = 40;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.CaseWithoutEcli,
        new("Uitspraak zonder ECLI", "Case citation without ECLI"),
        new("Vermeld de ECLI van {0}", "Give the ECLI of {0}"),
        new(RuleSeverity.Warning, RuleSeverity.Warning, RuleSeverity.None, RuleSeverity.Warning),
        hasFix: false);

    public override RuleDescriptor Descriptor => Definition;

    public override void Analyze(RuleContext context)
    {
        HashSet<string>? withEcli = null;
        var citations = context.Citations;
        for (var i = 0; i < citations.Count; i++)
        {
            if (citations[i] is not CaseCitation { Court: { } court, Year: { } year, Ecli: null, Ljn: null } citation
                || !CaseWithEcliExpected(citation)
                || EcliFollows(context, i))
            {
                continue;
            }

            withEcli ??= DecisionsWithEcli(citations);
            if (withEcli.Contains(Key(citation)))
            {
                continue;
            }

            // The instance and date as written name the decision in the message.
            var head = citation.DateSpan is { } date ? date.End : court.Length;
            var written = context.Text.Substring(citation.Span.Start, Math.Min(head, citation.Span.Length));
            context.Report(Descriptor, citation.Span, null, year < FirstIdentifiedYear ? RuleSeverity.Info : null, written);
        }
    }

    // The EFTA Court gives no ECLIs.
    private static bool CaseWithEcliExpected(CaseCitation citation) => citation.Court != "EFTA-Hof";

    private static bool EcliFollows(RuleContext context, int index)
    {
        var citations = context.Citations;
        var end = citations[index].Span.End;
        for (var k = index + 1; k < citations.Count && citations[k].Span.Start <= end + Gap; k++)
        {
            if (citations[k] is EcliCitation && citations[k].Span.Start >= end && OnlyPunctuationBetween(context.Text, end, citations[k].Span.Start))
            {
                return true;
            }
        }

        return false;
    }

    // A bracket the grammar did not read ("(zie ook ...)") or a comma; not a sentence end.
    private static bool OnlyPunctuationBetween(string text, int from, int to)
    {
        var depth = 0;
        for (var i = from; i < to; i++)
        {
            switch (text[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '.' or ';' or '\n' when depth == 0:
                    return false;
            }
        }

        return true;
    }

    private static HashSet<string> DecisionsWithEcli(IReadOnlyList<Citation> citations)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var citation in citations)
        {
            if (citation is CaseCitation { Court: not null, Ecli: not null } withEcli)
            {
                keys.Add(Key(withEcli));
            }
        }

        return keys;
    }

    private static string Key(CaseCitation citation) => (citation.CourtCode ?? citation.Court) + "|" + citation.Year + "-" + citation.Month + "-" + citation.Day;
}
