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

    public override RuleDescriptor Descriptor => RuleCatalog.EuActNumberForm;

    protected override void Analyze(EuActCitation act, RuleContext context)
    {
        var reasons = new List<string>();
        var unified = act.Year >= EuActFormatter.UnifiedNumberingYear;
        var descriptor = CelexDescriptors.ForActType(act.Type, act.Domain);
        var isRegulation = descriptor == 'R';
        var numberedDecision = descriptor is 'D' or 'S' && act.NumberFirst;

        var wantsNr = !unified && (isRegulation || numberedDecision);
        var nrOnlyMissing = false;
        if (act.HasNr && !wantsNr)
        {
            reasons.Add(unified
                ? context.Say("sinds 2015 staat er geen 'nr.' voor het nummer", "since 2015 there is no 'No' before the number")
                : context.Say("vóór 2015 krijgen alleen verordeningen en besluiten 'nr.'", "before 2015 only regulations and decisions have 'No'"));
        }
        else if (!act.HasNr && wantsNr)
        {
            reasons.Add(context.Say(
                "vóór 2015 staat 'nr.' voor het volgnummer van een verordening",
                "before 2015 a regulation has 'No' before its number"));
            nrOnlyMissing = true;
        }

        var wantsNumberFirst = !unified && (isRegulation || numberedDecision);
        if (act.NumberFirst != wantsNumberFirst)
        {
            reasons.Add(unified
                ? context.Say("sinds 2015 staat het jaar voor het volgnummer", "since 2015 the year comes before the number")
                : context.Say("vóór 2015 staat bij een verordening het volgnummer voor het jaar", "before 2015 a regulation has its number before the year"));
        }

        var wantsDomainAfter = !unified && !isRegulation;
        if (act.Domain is not null && act.DomainAfterNumber != wantsDomainAfter)
        {
            reasons.Add(wantsDomainAfter
                ? context.Say("vóór 2015 staat het domein van een richtlijn of besluit achter het nummer", "before 2015 the domain of a directive or decision follows the number")
                : context.Say("het domein staat tussen haakjes voor het nummer", "the domain goes in brackets before the number"));
        }

        if (act.ShortYear != act.Year < FourDigitYearsFrom)
        {
            reasons.Add(act.ShortYear
                ? context.Say("vanaf 1999 heeft het jaar vier cijfers", "from 1999 the year has four digits")
                : context.Say("vóór 1999 heeft het jaar twee cijfers", "before 1999 the year has two digits"));
        }

        var english = IsEnglish(act.WrittenType);
        var domains = Domains(act, context, reasons);
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
        var fix = forms.Count == 1 ? new Fix(act.Span, forms[0]) : null;
        var written = string.Join(context.Say("' of '", "' or '"), forms);
        RuleSeverity? preferred = nrOnlyMissing && reasons.Count == 1 && context.Options.Profile == LintProfile.Literatuur
            ? RuleSeverity.Info
            : null;
        context.Report(Descriptor, act.Span, fix, preferred, act.Text, written, string.Join("; ", reasons));
    }

    // The domain (or, when the year leaves two, both domains) the era form gets; adds the reason when missing.
    private static IReadOnlyList<string?> Domains(EuActCitation act, RuleContext context, List<string> reasons)
    {
        if (act.Domain is not null)
        {
            return new[] { act.Domain };
        }

        var known = LawCatalog.Default.FindEuAct(act.Year, act.Number, act.Type).Entry;
        if (known is not null && known.Domain.Length > 0)
        {
            reasons.Add(context.Say(
                $"het domein ontbreekt ({known.Domain} volgens de catalogus)",
                $"the domain is missing ({known.Domain} according to the catalog)"));
            return new[] { known.Domain };
        }

        var inferred = EuDomainEras.DomainForYear(act.Year);
        if (inferred is not null)
        {
            reasons.Add(context.Say(
                $"het domein ontbreekt; {inferred} is afgeleid uit het jaar, controleer dit",
                $"the domain is missing; {inferred} is inferred from the year, check it"));
            return new[] { inferred };
        }

        var candidates = EuDomainEras.DomainsInTransitionYear(act.Year);
        reasons.Add(context.Say(
            $"het domein ontbreekt; in {act.Year} kan dat {candidates[0]} of {candidates[1]} zijn",
            $"the domain is missing; in {act.Year} it can be {candidates[0]} or {candidates[1]}"));
        return candidates;
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
