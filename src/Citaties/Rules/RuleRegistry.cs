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
        new CaseLaw.MalformedEcliRule(),
        new CaseLaw.UnknownCourtRule(),
        new CaseLaw.AbolishedCourtRule(),
        new CaseLaw.EcliLeadingZeroRule(),
        new CaseLaw.LjnOrdinalAfter2013Rule(),
        new CaseLaw.LjnWithoutEcliRule(),
        new CaseLaw.EcliYearMismatchRule(),
        new Journals.GazetteYearMissingRule(),
        new Journals.GazetteNumberInvalidRule(),
        new Journals.GazetteNumberImplausibleRule(),
        new Journals.GazetteFormRule(),
        new Identifiers.MalformedBwbIdRule(),
        new Identifiers.MalformedJciRule(),
        new Identifiers.MalformedOfficialIdRule(),
    };
}
