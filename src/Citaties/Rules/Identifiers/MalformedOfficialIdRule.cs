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
    public static readonly RuleDescriptor Definition = new(
        RuleIds.MalformedOfficialId,
        new("Onjuist publicatie-id", "Malformed publication id"),
        new("'{0}' is geen geldig id van officielebekendmakingen.nl: {1}", "'{0}' is not a valid officielebekendmakingen.nl id: {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(OfficialIdCitation citation, RuleContext context)
    {
        if (citation.IsWellFormed)
        {
            return;
        }

        var reasons = Reasons(citation);
        context.Report(Descriptor, citation, null, citation.Text, LocalizedList.Join("; ", reasons));
    }

    private static IEnumerable<ILocalizable> Reasons(OfficialIdCitation id)
    {
        var defects = id.Defects;
        var first = id.Segments.Count > 0 ? id.Segments[0] : string.Empty;
        if (defects.HasFlag(OfficialIdDefect.SessionYearDigits))
        {
            yield return Fragments.SessionYearDigits.With(first, first.Length);
        }

        if (defects.HasFlag(OfficialIdDefect.SessionYearNotConsecutive))
        {
            yield return Fragments.SessionYearNotConsecutive.With(first);
        }

        if (defects.HasFlag(OfficialIdDefect.DossierForm))
        {
            yield return Fragments.DossierForm.With(id.Dossier);
        }

        if (defects.HasFlag(OfficialIdDefect.NumberMissing))
        {
            yield return id.Prefix.StartsWith("h-", System.StringComparison.Ordinal)
                ? Fragments.MeetingMissing
                : Fragments.NumberMissing;
        }

        if (defects.HasFlag(OfficialIdDefect.NumberForm))
        {
            yield return NumberFormReason(id);
        }

        if (defects.HasFlag(OfficialIdDefect.YearForm))
        {
            yield return Fragments.YearForm.With(first);
        }

        if (defects.HasFlag(OfficialIdDefect.ZaakNumberForm))
        {
            yield return Fragments.ZaakNumberForm.With(id.Number);
        }

        if (defects.HasFlag(OfficialIdDefect.ExtraParts))
        {
            yield return Fragments.ExtraParts.With(id.Prefix);
        }
    }

    private static ILocalizable NumberFormReason(OfficialIdCitation id)
    {
        if (id.Prefix == "kst")
        {
            return Fragments.KamerstukNumberForm.With(id.Number);
        }

        // Handelingen: the first non-numeric part after the vergaderjaar; otherwise the one number.
        var wrong = id.Prefix.StartsWith("h-", System.StringComparison.Ordinal)
            ? id.Segments.Skip(1).FirstOrDefault(s => !s.All(c => c is >= '0' and <= '9')) ?? id.Number
            : id.Number;
        return Fragments.NumberForm.With(wrong);
    }

    // The {1} of the message: each defect, joined with "; ".
    private static class Fragments
    {
        public static readonly LocalizedText SessionYearDigits = new(
            "het vergaderjaar '{0}' heeft {1} tekens in plaats van 8 cijfers (twee opeenvolgende jaren, zoals 20192020)",
            "the parliamentary year '{0}' has {1} characters instead of 8 digits (two consecutive years, such as 20192020)");

        public static readonly LocalizedText SessionYearNotConsecutive = new(
            "het vergaderjaar '{0}' bestaat niet uit twee opeenvolgende jaren",
            "the parliamentary year '{0}' is not two consecutive years");

        public static readonly LocalizedText DossierForm = new("het dossiernummer '{0}' is geen getal van hoogstens 6 cijfers", "the dossier number '{0}' is not a number of at most 6 digits");
        public static readonly LocalizedText MeetingMissing = new("het vergadernummer ontbreekt", "the meeting number is missing");
        public static readonly LocalizedText NumberMissing = new("het nummer ontbreekt", "the number is missing");
        public static readonly LocalizedText YearForm = new("het jaar '{0}' heeft geen 4 cijfers", "the year '{0}' does not have 4 digits");
        public static readonly LocalizedText ZaakNumberForm = new(
            "het zaaknummer '{0}' is geen jaar, Z en vijf cijfers (zoals 2010Z06025)",
            "the case number '{0}' is not a year, Z and five digits (such as 2010Z06025)");

        public static readonly LocalizedText ExtraParts = new("het heeft meer delen dan een {0}-id kan hebben", "it has more parts than a {0} id can have");
        public static readonly LocalizedText KamerstukNumberForm = new(
            "het stuknummer '{0}' is geen getal met hoogstens drie letters (178, 215a, C)",
            "the document number '{0}' is not a number with at most three letters (178, 215a, C)");

        public static readonly LocalizedText NumberForm = new("het nummer '{0}' bestaat niet alleen uit cijfers", "the number '{0}' is not all digits");
    }
}
