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
        new General.UnparsableCitationRule(),
        new Parliamentary.ImpossibleSessionYearRule(),
        new Parliamentary.SessionYearFormRule(),
        new Parliamentary.ChamberMissingRule(),
        new Parliamentary.SessionYearMissingRule(),
        new Parliamentary.DossierSpacingRule(),
        new Parliamentary.KamerstukLabelRule(),
        new Parliamentary.EersteKamerLetterRule(),
        new Parliamentary.HandelingenWithDossierRule(),
        new Parliamentary.HandelingenMeetingMissingRule(),
        new Parliamentary.HandelingenItemRule(),
        new Parliamentary.ImplausibleNumberRule(),
        new Parliamentary.ImpossibleDossierSuffixRule(),
        new Identifiers.MalformedBwbIdRule(),
        new Identifiers.MalformedJciRule(),
        new Identifiers.MalformedOfficialIdRule(),
    };
}
