using System.Collections.Generic;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Rules.Identifiers;

/// <summary>
/// CIT6002: a Juriconnect reference with a type other than c or v, an invalid BWB id, an unknown key, a key
/// without value or a date not written <c>YYYY-MM-DD</c> (errors); or location keys out of their hierarchical
/// order (citation-rules.md 10.2: a warning, reported under the same id with a preferred severity).
/// </summary>
internal sealed class MalformedJciRule : CitationRule<JciCitation>
{
    public static readonly RuleDescriptor Definition = new(
        RuleIds.MalformedJci,
        new("Onjuiste Juriconnect-verwijzing", "Malformed Juriconnect reference"),
        new("'{0}' is geen geldige Juriconnect-verwijzing: {1}", "'{0}' is not a valid Juriconnect reference: {1}"),
        ProfileSeverities.All(RuleSeverity.Error),
        hasFix: false,
        MessageFragments.Of(typeof(Fragments)));

    public override RuleDescriptor Descriptor => Definition;

    protected override void Analyze(JciCitation citation, RuleContext context)
    {
        var errors = Errors(citation);
        var order = OrderReason(citation);
        if (errors.Count == 0 && order is null)
        {
            return;
        }

        if (order is not null)
        {
            errors.Add(order);
        }

        // Only keys out of order: the reference still works, so a warning (citation-rules.md 10.2).
        RuleSeverity? preferred = errors.Count == 1 && order is not null ? RuleSeverity.Warning : null;
        context.Report(Descriptor, citation.Span, null, preferred, citation.Text, LocalizedList.Join("; ", errors));
    }

    private static List<ILocalizable> Errors(JciCitation jci)
    {
        var reasons = new List<ILocalizable>();
        if (jci.Type is not ("c" or "v"))
        {
            reasons.Add(Fragments.UnknownType.With(jci.Type));
        }

        if (!jci.BwbWellFormed)
        {
            reasons.Add(Fragments.BwbDigits.With(jci.Bwb));
        }

        foreach (var parameter in jci.Parameters)
        {
            if (!JuriconnectKeys.IsKnown(parameter.Key))
            {
                reasons.Add(Fragments.UnknownKey.With(parameter.Key));
            }
            else if (JuriconnectKeys.IsDate(parameter.Key))
            {
                if (!JuriconnectKeys.IsIsoDate(parameter.Value))
                {
                    reasons.Add(Fragments.BadDate.With(parameter.Key, parameter.Value));
                }
            }
            else if (parameter.Value.Length == 0)
            {
                reasons.Add(Fragments.EmptyKey.With(parameter.Key));
            }
        }

        return reasons;
    }

    // The first location key that names a higher level than the key before it (artikel=1&hoofdstuk=2).
    private static ILocalizable? OrderReason(JciCitation jci)
    {
        string? previous = null;
        var previousLevel = -1;
        foreach (var parameter in jci.Parameters)
        {
            var level = JuriconnectKeys.LocationLevel(parameter.Key);
            if (level < 0)
            {
                continue;
            }

            if (level < previousLevel)
            {
                return Fragments.KeyOrder.With(parameter.Key, previous);
            }

            previous = parameter.Key;
            previousLevel = level;
        }

        return null;
    }

    // The {1} of the message: each defect, joined with "; ".
    private static class Fragments
    {
        public static readonly LocalizedText UnknownType = new(
            "het type '{0}' bestaat niet; schrijf c (één versie) of v (een periode)",
            "the type '{0}' does not exist; write c (one version) or v (a period)");

        public static readonly LocalizedText BwbDigits = new("het BWB-id '{0}' heeft geen 7 cijfers", "the BWB id '{0}' does not have 7 digits");
        public static readonly LocalizedText UnknownKey = new("de sleutel '{0}' bestaat niet in Juriconnect", "the key '{0}' does not exist in Juriconnect");
        public static readonly LocalizedText BadDate = new(
            "de datum {0}={1} is geen bestaande datum in de vorm JJJJ-MM-DD",
            "the date {0}={1} is not an existing date written YYYY-MM-DD");

        public static readonly LocalizedText EmptyKey = new("de sleutel '{0}' heeft geen waarde", "the key '{0}' has no value");
        public static readonly LocalizedText KeyOrder = new(
            "'{0}' staat na '{1}', maar is een hoger niveau; zet de plaatsaanduidingen van groot naar klein (boek, titeldeel, hoofdstuk, afdeling, paragraaf, artikel, lid)",
            "'{0}' comes after '{1}' but is a higher level; order the location keys from large to small (boek, titeldeel, hoofdstuk, afdeling, paragraaf, artikel, lid)");
    }
}
