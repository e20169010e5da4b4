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
    public override RuleDescriptor Descriptor => RuleCatalog.MalformedJci;

    protected override void Analyze(JciCitation citation, RuleContext context)
    {
        var errors = Errors(citation, context);
        var order = OrderReason(citation, context);
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
        context.Report(Descriptor, citation.Span, null, preferred, citation.Text, string.Join("; ", errors));
    }

    private static List<string> Errors(JciCitation jci, RuleContext context)
    {
        var reasons = new List<string>();
        if (jci.Type is not ("c" or "v"))
        {
            reasons.Add(context.Say(
                $"het type '{jci.Type}' bestaat niet; schrijf c (één versie) of v (een periode)",
                $"the type '{jci.Type}' does not exist; write c (one version) or v (a period)"));
        }

        if (!jci.BwbWellFormed)
        {
            reasons.Add(context.Say(
                $"het BWB-id '{jci.Bwb}' heeft geen 7 cijfers",
                $"the BWB id '{jci.Bwb}' does not have 7 digits"));
        }

        foreach (var parameter in jci.Parameters)
        {
            if (!JuriconnectKeys.IsKnown(parameter.Key))
            {
                reasons.Add(context.Say(
                    $"de sleutel '{parameter.Key}' bestaat niet in Juriconnect",
                    $"the key '{parameter.Key}' does not exist in Juriconnect"));
            }
            else if (JuriconnectKeys.IsDate(parameter.Key))
            {
                if (!JuriconnectKeys.IsIsoDate(parameter.Value))
                {
                    reasons.Add(context.Say(
                        $"de datum {parameter.Key}={parameter.Value} is geen bestaande datum in de vorm JJJJ-MM-DD",
                        $"the date {parameter.Key}={parameter.Value} is not an existing date written YYYY-MM-DD"));
                }
            }
            else if (parameter.Value.Length == 0)
            {
                reasons.Add(context.Say(
                    $"de sleutel '{parameter.Key}' heeft geen waarde",
                    $"the key '{parameter.Key}' has no value"));
            }
        }

        return reasons;
    }

    // The first location key that names a higher level than the key before it (artikel=1&hoofdstuk=2).
    private static string? OrderReason(JciCitation jci, RuleContext context)
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
                return context.Say(
                    $"'{parameter.Key}' staat na '{previous}', maar is een hoger niveau; zet de plaatsaanduidingen van groot naar klein (boek, titeldeel, hoofdstuk, afdeling, paragraaf, artikel, lid)",
                    $"'{parameter.Key}' comes after '{previous}' but is a higher level; order the location keys from large to small (boek, titeldeel, hoofdstuk, afdeling, paragraaf, artikel, lid)");
            }

            previous = parameter.Key;
            previousLevel = level;
        }

        return null;
    }
}
