using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3001: an ECLI that breaks the syntax of citation-rules.md 8.1 (the defects of section 8.4, as the grammar
/// recorded them), with the repaired value as fix where the text alone allows it. A leading zero is CIT3004's.
/// The CJEU's own form without the prefix (<c>EU:C:2005:446</c>) is valid; it is reported at Info (section 8.3)
/// with the prefix added as fix.
/// </summary>
internal sealed class MalformedEcliRule : CitationRule<EcliCitation>
{
    private const EcliDefect Reported = ~EcliDefect.LeadingZero;

    public override RuleDescriptor Descriptor => RuleCatalog.MalformedEcli;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        var defects = citation.Defects & Reported;
        if (defects != EcliDefect.None)
        {
            var reason = string.Join("; ", Reasons(defects, context));
            var fix = citation.Repaired is { } repaired ? new Fix(citation.Span, repaired) : null;
            if (fix is not null)
            {
                reason += context.Say($"; schrijf '{fix.Replacement}'", $"; write '{fix.Replacement}'");
            }

            context.Report(Descriptor, citation, fix, citation.Text, reason);
            return;
        }

        if (!citation.HasPrefix && citation.IsWellFormed)
        {
            var reason = context.Say(
                $"het voorvoegsel 'ECLI:' ontbreekt; schrijf '{citation.Value}'",
                $"the prefix 'ECLI:' is missing; write '{citation.Value}'");
            context.Report(Descriptor, citation.Span, new Fix(citation.Span, citation.Value), RuleSeverity.Info, citation.Text, reason);
        }
    }

    private static IEnumerable<string> Reasons(EcliDefect defects, RuleContext context)
    {
        if ((defects & EcliDefect.MisspelledPrefix) != 0)
        {
            yield return context.Say("het voorvoegsel is verkeerd gespeld", "the prefix is misspelled");
        }

        if ((defects & EcliDefect.MissingCountry) != 0)
        {
            yield return context.Say("de landcode ontbreekt", "the country code is missing");
        }

        if ((defects & EcliDefect.MissingCourt) != 0)
        {
            yield return context.Say("de instantiecode ontbreekt", "the court code is missing");
        }

        if ((defects & EcliDefect.MissingYear) != 0)
        {
            yield return context.Say("het jaartal ontbreekt", "the year is missing");
        }

        if ((defects & EcliDefect.MissingOrdinal) != 0)
        {
            yield return context.Say("het volgnummer ontbreekt", "the ordinal is missing");
        }

        if ((defects & EcliDefect.SwappedParts) != 0)
        {
            yield return context.Say("land en instantie staan in de verkeerde volgorde", "country and court are swapped");
        }

        if ((defects & EcliDefect.SeparatorTypo) != 0)
        {
            yield return context.Say("een scheidingsteken is geen enkele dubbele punt", "a separator is not a single colon");
        }

        if ((defects & EcliDefect.MissingSeparator) != 0)
        {
            yield return context.Say("twee delen staan aan elkaar vast", "two parts run together");
        }

        if ((defects & EcliDefect.SpaceInside) != 0)
        {
            yield return context.Say("er staat een spatie in", "it contains a space");
        }

        if ((defects & EcliDefect.LjnInside) != 0)
        {
            yield return context.Say("'LJN:' hoort er niet in", "'LJN:' does not belong inside it");
        }

        if ((defects & EcliDefect.ImpossibleYear) != 0)
        {
            yield return context.Say("het jaartal kan geen uitspraakjaar zijn", "the year cannot be a decision year");
        }

        if ((defects & EcliDefect.MalformedPart) != 0)
        {
            yield return context.Say("een deel voldoet niet aan de ECLI-syntaxis", "a part breaks the ECLI syntax");
        }
    }
}
