using System.Collections.Generic;

namespace Citaties.Rules;

/// <summary>Every rule implementation the linter runs, in id order.</summary>
internal static class RuleRegistry
{
    public static IReadOnlyList<CitationRule> All { get; } = new CitationRule[]
    {
        new EuLaw.EuActNumberFormRule(),
        new EuLaw.EuDomainYearRule(),
        new EuLaw.MalformedCelexRule(),
        new Identifiers.MalformedBwbIdRule(),
        new Identifiers.MalformedJciRule(),
        new Identifiers.MalformedOfficialIdRule(),
    };
}
