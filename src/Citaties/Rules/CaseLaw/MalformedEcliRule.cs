using System.Collections.Generic;
using Citaties.Model;

namespace Citaties.Rules.CaseLaw;

/// <summary>
/// CIT3001: an ECLI that breaks the syntax of citation-rules.md 8.1 (the defects of section 8.4, as the grammar
/// recorded them), with the repaired value as fix where the text alone allows it. A leading zero is CIT3004's.
/// The CJEU's own form without the prefix (<c>EU:C:2005:446</c>) is valid; it is reported at Info (section 8.3)
/// with the prefix added as fix, as is a valid ECLI written in lower case (<c>ecli:nl:hr:2016:162</c>), with the
/// capitals as fix.
/// </summary>
internal sealed class MalformedEcliRule : CitationRule<EcliCitation>
{
    private const EcliDefect Reported = ~EcliDefect.LeadingZero;

    public static readonly RuleDescriptor Definition = new(
        RuleIds.MalformedEcli,
        new("Onjuiste ECLI", "Malformed ECLI"),
        new("'{0}' is geen geldige ECLI: {1}", "'{0}' is not a valid ECLI: {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: true,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(EcliCitation citation, RuleContext context)
    {
        var defects = citation.Defects & Reported;
        if (defects != EcliDefect.None)
        {
            var reasons = LocalizedList.Join("; ", Reasons(defects));
            var fix = citation.Repaired is { } repaired ? new Fix(citation.Span, repaired) : null;
            var reason = fix is null ? reasons : Fragments.ReasonsAndRepair.With(reasons, fix.Replacement);
            context.Report(Descriptor, citation, fix, citation.Text, reason);
            return;
        }

        if (!citation.HasPrefix && citation.IsWellFormed)
        {
            var reason = Fragments.PrefixMissing.With(citation.Value);
            context.Report(Descriptor, citation.Span, new Fix(citation.Span, citation.Value), RuleSeverity.Info, citation.Text, reason);
            return;
        }

        // Valid in any case (8.1), but the reader wrote it in capitals; that repair is shown, never made silently.
        if (citation.IsWellFormed && !string.Equals(citation.Text, citation.Value, System.StringComparison.Ordinal))
        {
            var reason = Fragments.LowerCase.With(citation.Value);
            context.Report(Descriptor, citation.Span, new Fix(citation.Span, citation.Value), RuleSeverity.Info, citation.Text, reason);
        }
    }

    private static IEnumerable<LocalizedText> Reasons(EcliDefect defects)
    {
        if ((defects & EcliDefect.MisspelledPrefix) != 0)
        {
            yield return Fragments.MisspelledPrefix;
        }

        if ((defects & EcliDefect.MissingCountry) != 0)
        {
            yield return Fragments.MissingCountry;
        }

        if ((defects & EcliDefect.MissingCourt) != 0)
        {
            yield return Fragments.MissingCourt;
        }

        if ((defects & EcliDefect.MissingYear) != 0)
        {
            yield return Fragments.MissingYear;
        }

        if ((defects & EcliDefect.MissingOrdinal) != 0)
        {
            yield return Fragments.MissingOrdinal;
        }

        if ((defects & EcliDefect.SwappedParts) != 0)
        {
            yield return Fragments.SwappedParts;
        }

        if ((defects & EcliDefect.SeparatorTypo) != 0)
        {
            yield return Fragments.SeparatorTypo;
        }

        if ((defects & EcliDefect.MissingSeparator) != 0)
        {
            yield return Fragments.MissingSeparator;
        }

        if ((defects & EcliDefect.SpaceInside) != 0)
        {
            yield return Fragments.SpaceInside;
        }

        if ((defects & EcliDefect.LjnInside) != 0)
        {
            yield return Fragments.LjnInside;
        }

        if ((defects & EcliDefect.ImpossibleYear) != 0)
        {
            yield return Fragments.ImpossibleYear;
        }

        if ((defects & EcliDefect.MalformedPart) != 0)
        {
            yield return Fragments.MalformedPart;
        }
    }

    // The {1} of the message: each defect, joined with "; ", and the repaired value where there is one.
    private static class Fragments
    {
        public static readonly LocalizedText ReasonsAndRepair = new("{0}; schrijf '{1}'", "{0}; write '{1}'");
        public static readonly LocalizedText PrefixMissing = new("het voorvoegsel 'ECLI:' ontbreekt; schrijf '{0}'", "the prefix 'ECLI:' is missing; write '{0}'");
        public static readonly LocalizedText LowerCase = new("ze staat in kleine letters; schrijf '{0}'", "it is written in lower case; write '{0}'");
        public static readonly LocalizedText MisspelledPrefix = new("het voorvoegsel is verkeerd gespeld", "the prefix is misspelled");
        public static readonly LocalizedText MissingCountry = new("de landcode ontbreekt", "the country code is missing");
        public static readonly LocalizedText MissingCourt = new("de instantiecode ontbreekt", "the court code is missing");
        public static readonly LocalizedText MissingYear = new("het jaartal ontbreekt", "the year is missing");
        public static readonly LocalizedText MissingOrdinal = new("het volgnummer ontbreekt", "the ordinal is missing");
        public static readonly LocalizedText SwappedParts = new("land en instantie staan in de verkeerde volgorde", "country and court are swapped");
        public static readonly LocalizedText SeparatorTypo = new("een scheidingsteken is geen enkele dubbele punt", "a separator is not a single colon");
        public static readonly LocalizedText MissingSeparator = new("twee delen staan aan elkaar vast", "two parts run together");
        public static readonly LocalizedText SpaceInside = new("er staat een spatie in", "it contains a space");
        public static readonly LocalizedText LjnInside = new("'LJN:' hoort er niet in", "'LJN:' does not belong inside it");
        public static readonly LocalizedText ImpossibleYear = new("het jaartal kan geen uitspraakjaar zijn", "the year cannot be a decision year");
        public static readonly LocalizedText MalformedPart = new("een deel voldoet niet aan de ECLI-syntaxis", "a part breaks the ECLI syntax");
    }
}
