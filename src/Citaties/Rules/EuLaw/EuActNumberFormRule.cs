using System;
using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Kinds;
using Citaties.Model;

namespace Citaties.Rules.EuLaw;

/// <summary>
/// CIT5001: an EU act number not written in the form of its era (ISG 1.2.2, citation-rules.md 9.1): the domain
/// missing, <c>nr.</c> missing before the number of a regulation before 2015 or present from 2015, number and
/// year or domain on the wrong side, a year with the wrong number of digits. The fix writes the era form, with
/// the type word and language as written; a missing domain comes from the catalog or, where the year leaves
/// only one, from the year.
/// </summary>
internal sealed class EuActNumberFormRule : CitationRule<EuActCitation>
{
    /// <summary>The first year with two-digit years no longer in use.</summary>
    private const int FourDigitYearsFrom = 1999;

    private static readonly string[] EnglishTypeWords = { "Regulation", "Directive", "Decision", "Implementing", "Delegated", "Framework" };

    public static readonly RuleDescriptor Definition = new(
        RuleIds.EuActNumberForm,
        new("Vorm van het EU-nummer", "Form of the EU act number"),
        new("Schrijf '{1}' in plaats van '{0}': {2}", "Write '{1}' instead of '{0}': {2}"),
        ProfileSeverities.All(RuleSeverity.Warning),
        hasFix: true,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EuActCitation act, RuleContext context)
    {
        var reasons = new List<ILocalizable>();
        var unified = act.Year >= EuActFormatter.UnifiedNumberingYear;
        var descriptor = CelexDescriptors.ForActType(act.Type, act.Domain);
        var isRegulation = descriptor == 'R';
        var numberedDecision = descriptor is 'D' or 'S' && act.NumberFirst;

        var wantsNr = !unified && (isRegulation || numberedDecision);
        var nrOnlyMissing = false;
        if (act.HasNr && !wantsNr)
        {
            reasons.Add(unified ? Fragments.NoNrSince2015 : Fragments.NrOnlyRegulationsAndDecisions);
        }
        else if (!act.HasNr && wantsNr)
        {
            reasons.Add(Fragments.NrBefore2015);
            nrOnlyMissing = true;
        }

        var wantsNumberFirst = !unified && (isRegulation || numberedDecision);
        if (act.NumberFirst != wantsNumberFirst)
        {
            reasons.Add(unified ? Fragments.YearFirstSince2015 : Fragments.NumberFirstBefore2015);
        }

        var wantsDomainAfter = !unified && !isRegulation;
        if (act.Domain is not null && act.DomainAfterNumber != wantsDomainAfter)
        {
            reasons.Add(wantsDomainAfter ? Fragments.DomainAfterBefore2015 : Fragments.DomainInBrackets);
        }

        if (act.ShortYear != act.Year < FourDigitYearsFrom)
        {
            reasons.Add(act.ShortYear ? Fragments.FourDigitYear : Fragments.TwoDigitYear);
        }

        var english = IsEnglish(act.WrittenType);
        var domains = Domains(act, reasons);
        if (reasons.Count == 0)
        {
            return;
        }

        var forms = new List<string>();
        foreach (var domain in domains)
        {
            forms.Add(EuActFormatter.Format(act, act.WrittenType, domain, english));
        }

        // One possible form is a fix; two (the domain is undecided) are offered in the message only.
        // The number only: the official title after it stays as written.
        var number = new TextSpan(act.Span.Start, act.NumberLength);
        var fix = forms.Count == 1 ? new Fix(number, forms[0]) : null;
        var written = LocalizedList.Join(Fragments.QuotedOr, forms);
        RuleSeverity? preferred = nrOnlyMissing && reasons.Count == 1 && context.Options.Profile == LintProfile.Literatuur
            ? RuleSeverity.Info
            : null;
        context.Report(Descriptor, number, fix, preferred, context.Text.Substring(number.Start, number.Length), written, LocalizedList.Join("; ", reasons));
    }

    // The domain (or, when the year leaves two, both domains) the era form gets; adds the reason when missing.
    private static IReadOnlyList<string?> Domains(EuActCitation act, List<ILocalizable> reasons)
    {
        if (act.Domain is not null)
        {
            return new[] { act.Domain };
        }

        var known = LawCatalog.Default.FindEuAct(act.Year, act.Number, act.Type).Entry;
        if (known is not null && known.Domain.Length > 0)
        {
            reasons.Add(Fragments.DomainFromCatalog.With(known.Domain));
            return new[] { known.Domain };
        }

        var inferred = EuDomainEras.DomainForYear(act.Year);
        if (inferred is not null)
        {
            reasons.Add(Fragments.DomainFromYear.With(inferred));
            return new[] { inferred };
        }

        var candidates = EuDomainEras.DomainsInTransitionYear(act.Year);
        reasons.Add(Fragments.DomainUndecided.With(act.Year, candidates[0], candidates[1]));
        return candidates;
    }

    // The {1} of the message joins the possible forms; the {2} gives each reason, joined with "; ".
    private static class Fragments
    {
        public static readonly LocalizedText QuotedOr = new("' of '", "' or '");
        public static readonly LocalizedText NoNrSince2015 = new("sinds 2015 staat er geen 'nr.' voor het nummer", "since 2015 there is no 'No' before the number");
        public static readonly LocalizedText NrOnlyRegulationsAndDecisions = new("vóór 2015 krijgen alleen verordeningen en besluiten 'nr.'", "before 2015 only regulations and decisions have 'No'");
        public static readonly LocalizedText NrBefore2015 = new("vóór 2015 staat 'nr.' voor het volgnummer van een verordening", "before 2015 a regulation has 'No' before its number");
        public static readonly LocalizedText YearFirstSince2015 = new("sinds 2015 staat het jaar voor het volgnummer", "since 2015 the year comes before the number");
        public static readonly LocalizedText NumberFirstBefore2015 = new("vóór 2015 staat bij een verordening het volgnummer voor het jaar", "before 2015 a regulation has its number before the year");
        public static readonly LocalizedText DomainAfterBefore2015 = new(
            "vóór 2015 staat het domein van een richtlijn of besluit achter het nummer",
            "before 2015 the domain of a directive or decision follows the number");

        public static readonly LocalizedText DomainInBrackets = new("het domein staat tussen haakjes voor het nummer", "the domain goes in brackets before the number");
        public static readonly LocalizedText FourDigitYear = new("vanaf 1999 heeft het jaar vier cijfers", "from 1999 the year has four digits");
        public static readonly LocalizedText TwoDigitYear = new("vóór 1999 heeft het jaar twee cijfers", "before 1999 the year has two digits");
        public static readonly LocalizedText DomainFromCatalog = new("het domein ontbreekt ({0} volgens de catalogus)", "the domain is missing ({0} according to the catalog)");
        public static readonly LocalizedText DomainFromYear = new("het domein ontbreekt; {0} is afgeleid uit het jaar, controleer dit", "the domain is missing; {0} is inferred from the year, check it");
        public static readonly LocalizedText DomainUndecided = new("het domein ontbreekt; in {0} kan dat {1} of {2} zijn", "the domain is missing; in {0} it can be {1} or {2}");
    }

    private static bool IsEnglish(string writtenType)
    {
        foreach (var word in EnglishTypeWords)
        {
            if (writtenType.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
