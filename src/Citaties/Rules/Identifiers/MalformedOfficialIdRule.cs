using System.Collections.Generic;
using System.Linq;
using Citaties.Model;

namespace Citaties.Rules.Identifiers;

/// <summary>
/// CIT6003: an officielebekendmakingen id whose parts do not have the form its prefix requires
/// (citation-rules.md 10.3). The message names every defect the grammar recorded.
/// </summary>
internal sealed class MalformedOfficialIdRule : CitationRule<OfficialIdCitation>
{
    public override RuleDescriptor Descriptor => RuleCatalog.MalformedOfficialId;

    protected override void Analyze(OfficialIdCitation citation, RuleContext context)
    {
        if (citation.IsWellFormed)
        {
            return;
        }

        var reasons = Reasons(citation, context).ToList();
        context.Report(Descriptor, citation, null, citation.Text, string.Join("; ", reasons));
    }

    private static IEnumerable<string> Reasons(OfficialIdCitation id, RuleContext context)
    {
        var defects = id.Defects;
        var first = id.Segments.Count > 0 ? id.Segments[0] : string.Empty;
        if (defects.HasFlag(OfficialIdDefect.SessionYearDigits))
        {
            yield return context.Say(
                $"het vergaderjaar '{first}' heeft {first.Length} tekens in plaats van 8 cijfers (twee opeenvolgende jaren, zoals 20192020)",
                $"the parliamentary year '{first}' has {first.Length} characters instead of 8 digits (two consecutive years, such as 20192020)");
        }

        if (defects.HasFlag(OfficialIdDefect.SessionYearNotConsecutive))
        {
            yield return context.Say(
                $"het vergaderjaar '{first}' bestaat niet uit twee opeenvolgende jaren",
                $"the parliamentary year '{first}' is not two consecutive years");
        }

        if (defects.HasFlag(OfficialIdDefect.DossierForm))
        {
            yield return context.Say(
                $"het dossiernummer '{id.Dossier}' is geen getal van hoogstens 6 cijfers",
                $"the dossier number '{id.Dossier}' is not a number of at most 6 digits");
        }

        if (defects.HasFlag(OfficialIdDefect.NumberMissing))
        {
            yield return id.Prefix.StartsWith("h-", System.StringComparison.Ordinal)
                ? context.Say("het vergadernummer ontbreekt", "the meeting number is missing")
                : context.Say("het nummer ontbreekt", "the number is missing");
        }

        if (defects.HasFlag(OfficialIdDefect.NumberForm))
        {
            yield return NumberFormReason(id, context);
        }

        if (defects.HasFlag(OfficialIdDefect.YearForm))
        {
            yield return context.Say(
                $"het jaar '{first}' heeft geen 4 cijfers",
                $"the year '{first}' does not have 4 digits");
        }

        if (defects.HasFlag(OfficialIdDefect.ZaakNumberForm))
        {
            yield return context.Say(
                $"het zaaknummer '{id.Number}' is geen jaar, Z en vijf cijfers (zoals 2010Z06025)",
                $"the case number '{id.Number}' is not a year, Z and five digits (such as 2010Z06025)");
        }

        if (defects.HasFlag(OfficialIdDefect.ExtraParts))
        {
            yield return context.Say(
                $"het heeft meer delen dan een {id.Prefix}-id kan hebben",
                $"it has more parts than a {id.Prefix} id can have");
        }
    }

    private static string NumberFormReason(OfficialIdCitation id, RuleContext context)
    {
        if (id.Prefix == "kst")
        {
            return context.Say(
                $"het stuknummer '{id.Number}' is geen getal met hoogstens drie letters (178, 215a, C)",
                $"the document number '{id.Number}' is not a number with at most three letters (178, 215a, C)");
        }

        // Handelingen: the first non-numeric part after the vergaderjaar; otherwise the one number.
        var wrong = id.Prefix.StartsWith("h-", System.StringComparison.Ordinal)
            ? id.Segments.Skip(1).FirstOrDefault(s => !s.All(c => c is >= '0' and <= '9')) ?? id.Number
            : id.Number;
        return context.Say(
            $"het nummer '{wrong}' bestaat niet alleen uit cijfers",
            $"the number '{wrong}' is not all digits");
    }
}
