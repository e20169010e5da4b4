using System.Collections.Generic;
using System.Linq;
using static Citaties.Rules.RuleSeverity;

namespace Citaties.Rules;

/// <summary>
/// Every rule descriptor, under its stable id (DESIGN.md "Rule catalog"). Ids are never reused: a retired
/// rule keeps its number. Severities are given per profile as (regeling, toelichting, kamerstuk, literatuur).
/// </summary>
public static class RuleCatalog
{
    private static ProfileSeverities Sev(RuleSeverity all) => ProfileSeverities.All(all);

    private static ProfileSeverities Sev(RuleSeverity regeling, RuleSeverity toelichting, RuleSeverity kamerstuk, RuleSeverity literatuur) =>
        new(regeling, toelichting, kamerstuk, literatuur);

    private static RuleDescriptor Rule(string id, string titleNl, string titleEn, string messageNl, string messageEn, ProfileSeverities severities, bool fix) =>
        new(id, new LocalizedText(titleNl, titleEn), new LocalizedText(messageNl, messageEn), severities, fix);

    /// <summary>CIT0001: text that starts like a citation but cannot be parsed.</summary>
    public static readonly RuleDescriptor UnparsableCitation = Rule("CIT0001",
        "Onvolledige verwijzing", "Incomplete citation",
        "'{0}' lijkt een verwijzing, maar is onvolledig: {1}", "'{0}' looks like a citation but is incomplete: {1}",
        Sev(Warning), false);

    /// <summary>CIT1001: impossible vergaderjaar.</summary>
    public static readonly RuleDescriptor ImpossibleSessionYear = Rule("CIT1001",
        "Onmogelijk vergaderjaar", "Impossible parliamentary year",
        "Vergaderjaar {0} bestaat niet: {1}", "Parliamentary year {0} cannot exist: {1}",
        Sev(Error), false);

    /// <summary>CIT1002: vergaderjaar not written YYYY/YY.</summary>
    public static readonly RuleDescriptor SessionYearForm = Rule("CIT1002",
        "Vorm van het vergaderjaar", "Form of the parliamentary year",
        "Schrijf het vergaderjaar als {1}, niet als {0}", "Write the parliamentary year as {1}, not {0}",
        Sev(Info), true);

    /// <summary>CIT1003: chamber missing.</summary>
    public static readonly RuleDescriptor ChamberMissing = Rule("CIT1003",
        "Kamer ontbreekt", "Chamber missing",
        "Vermeld de Kamer (I of II) in '{0}'", "State the chamber (I or II) in '{0}'",
        Sev(Warning, Warning, None, Warning), true);

    /// <summary>CIT1004: vergaderjaar missing from a Kamerstuk reference.</summary>
    public static readonly RuleDescriptor SessionYearMissing = Rule("CIT1004",
        "Vergaderjaar ontbreekt", "Parliamentary year missing",
        "Vermeld het vergaderjaar in '{0}'", "State the parliamentary year in '{0}'",
        Sev(Warning, Warning, None, Warning), false);

    /// <summary>CIT1005: dossier number spacing differs from the document's style.</summary>
    public static readonly RuleDescriptor DossierSpacing = Rule("CIT1005",
        "Schrijfwijze dossiernummer", "Dossier number spacing",
        "Dossiernummer {0} wijkt af van de schrijfwijze elders ({1})", "Dossier number {0} differs from the style used elsewhere ({1})",
        Sev(Info), true);

    /// <summary>CIT1006: label that is not a citation form.</summary>
    public static readonly RuleDescriptor KamerstukLabel = Rule("CIT1006",
        "Geen citeervorm", "Not a citation form",
        "'{0}' is geen citeervorm; schrijf '{1}'", "'{0}' is not a citation form; write '{1}'",
        Sev(Warning), true);

    /// <summary>CIT1007: nr. before an Eerste Kamer letter, or a letter with chamber II.</summary>
    public static readonly RuleDescriptor EersteKamerLetter = Rule("CIT1007",
        "Letter van de Eerste Kamer", "Eerste Kamer letter",
        "{0}", "{1}",
        Sev(Warning), true);

    /// <summary>CIT1008: Handelingen cited with a dossier number.</summary>
    public static readonly RuleDescriptor HandelingenWithDossier = Rule("CIT1008",
        "Handelingen met dossiernummer", "Handelingen with a dossier number",
        "Handelingen hebben geen dossiernummer ({0}); bedoelt u Kamerstukken?", "Handelingen have no dossier number ({0}); did you mean Kamerstukken?",
        Sev(Error), false);

    /// <summary>CIT1009: Handelingen without vergadernummer.</summary>
    public static readonly RuleDescriptor HandelingenMeetingMissing = Rule("CIT1009",
        "Vergadernummer ontbreekt", "Meeting number missing",
        "Vermeld het vergadernummer (nr.) in '{0}'", "State the meeting number (nr.) in '{0}'",
        Sev(Error), false);

    /// <summary>CIT1010: Handelingen item before 2010/11, or missing after it.</summary>
    public static readonly RuleDescriptor HandelingenItem = Rule("CIT1010",
        "Itemnummer Handelingen", "Handelingen item number",
        "{0}", "{1}",
        Sev(Warning), false);

    /// <summary>CIT1011: number outside the plausible range.</summary>
    public static readonly RuleDescriptor ImplausibleNumber = Rule("CIT1011",
        "Onwaarschijnlijk nummer", "Implausible number",
        "{0} {1} is onwaarschijnlijk hoog (meestal hoogstens {2})", "{0} {1} is implausibly high (usually at most {2})",
        Sev(Warning), false);

    /// <summary>CIT1012: dossier suffix that cannot exist.</summary>
    public static readonly RuleDescriptor ImpossibleDossierSuffix = Rule("CIT1012",
        "Onmogelijk dossiersuffix", "Impossible dossier suffix",
        "Dossiersuffix '{0}' bestaat niet", "Dossier suffix '{0}' cannot exist",
        Sev(Error), false);

    /// <summary>CIT2001: law abbreviation unknown and not defined.</summary>
    public static readonly RuleDescriptor UnknownAbbreviation = Rule("CIT2001",
        "Onbekende afkorting", "Unknown abbreviation",
        "Afkorting '{0}' is onbekend en wordt in het document niet gedefinieerd", "Abbreviation '{0}' is unknown and not defined in the document",
        Sev(Warning), false);

    /// <summary>CIT2002: article does not exist in that law.</summary>
    public static readonly RuleDescriptor ArticleNotFound = Rule("CIT2002",
        "Artikel bestaat niet", "Article not found",
        "Artikel {0} komt niet voor in {1} {2}", "Article {0} does not occur in {1} {2}",
        Sev(Error), false);

    /// <summary>CIT2003: lid written as a number where an ordinal is wanted.</summary>
    public static readonly RuleDescriptor ParagraphAsNumber = Rule("CIT2003",
        "Lid als rangtelwoord", "Paragraph as an ordinal",
        "Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'",
        Sev(Warning, Warning, Info, None), true);

    /// <summary>CIT2004: sub/letter for an onderdeel.</summary>
    public static readonly RuleDescriptor PartWording = Rule("CIT2004",
        "Aanduiding onderdeel", "Wording of a part",
        "Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'",
        Sev(Warning, Warning, Info, None), true);

    /// <summary>CIT2005: abbreviation used before its definition.</summary>
    public static readonly RuleDescriptor AbbreviationBeforeDefinition = Rule("CIT2005",
        "Afkorting voor de definitie", "Abbreviation before its definition",
        "'{0}' wordt gebruikt voordat het verderop wordt gedefinieerd", "'{0}' is used before it is defined further on",
        Sev(Warning), false);

    /// <summary>CIT2006: abbreviation defined twice.</summary>
    public static readonly RuleDescriptor AbbreviationDefinedTwice = Rule("CIT2006",
        "Afkorting tweemaal gedefinieerd", "Abbreviation defined twice",
        "'{0}' is al eerder gedefinieerd{1}", "'{0}' was already defined{1}",
        Sev(Warning), false);

    /// <summary>CIT2007: ambiguous abbreviation without a definition.</summary>
    public static readonly RuleDescriptor AmbiguousAbbreviation = Rule("CIT2007",
        "Dubbelzinnige afkorting", "Ambiguous abbreviation",
        "'{0}' kan {1} betekenen; definieer de afkorting", "'{0}' may mean {1}; define the abbreviation",
        Sev(Warning), false);

    /// <summary>CIT2008: law abbreviation inside a regeling.</summary>
    public static readonly RuleDescriptor AbbreviationInRegeling = Rule("CIT2008",
        "Afkorting in een regeling", "Abbreviation in a regulation",
        "Gebruik in een regeling de citeertitel: '{1}' in plaats van '{0}'", "Use the citation title in a regulation: '{1}' instead of '{0}'",
        Sev(Warning, None, None, None), true);

    /// <summary>CIT2009: full citeertitel without van de/van het.</summary>
    public static readonly RuleDescriptor TitleWithoutVan = Rule("CIT2009",
        "Citeertitel zonder 'van de'", "Citation title without 'van de'",
        "Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'",
        Sev(Warning, Warning, Info, None), true);

    /// <summary>CIT2010: t/m or a hyphen range where tot en met is wanted.</summary>
    public static readonly RuleDescriptor RangeWording = Rule("CIT2010",
        "Reeks met 'tot en met'", "Range with 'tot en met'",
        "Schrijf 'tot en met' in plaats van '{0}'", "Write 'tot en met' instead of '{0}'",
        Sev(Warning, Warning, Info, None), true);

    /// <summary>CIT2011: abbreviation with wrong capitals.</summary>
    public static readonly RuleDescriptor AbbreviationCase = Rule("CIT2011",
        "Hoofdletters van de afkorting", "Capitals of the abbreviation",
        "Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'",
        Sev(Info), true);

    /// <summary>CIT2012: article marked repealed in the catalog.</summary>
    public static readonly RuleDescriptor ArticleRepealed = Rule("CIT2012",
        "Artikel vervallen", "Article repealed",
        "Artikel {0} van {1} is vervallen {2}", "Article {0} of {1} has been repealed {2}",
        Sev(Warning), false);

    /// <summary>CIT2013: (hierna: ...) inside a regeling.</summary>
    public static readonly RuleDescriptor DefinitionInRegeling = Rule("CIT2013",
        "'(hierna: ...)' in een regeling", "'(hierna: ...)' in a regulation",
        "Definieer '{0}' in de begripsbepalingen, niet tussen haakjes", "Define '{0}' in the definitions article, not in brackets",
        Sev(Warning, None, None, None), false);

    /// <summary>CIT2014: BW article without book.</summary>
    public static readonly RuleDescriptor BwWithoutBook = Rule("CIT2014",
        "BW-artikel zonder boek", "BW article without book",
        "Vermeld het boek van het BW: '{0}' (bijvoorbeeld artikel 6:162 BW)", "State the book of the BW: '{0}' (for example artikel 6:162 BW)",
        Sev(Warning), false);

    /// <summary>CIT3001: malformed ECLI.</summary>
    public static readonly RuleDescriptor MalformedEcli = Rule("CIT3001",
        "Onjuiste ECLI", "Malformed ECLI",
        "'{0}' is geen geldige ECLI: {1}", "'{0}' is not a valid ECLI: {1}",
        Sev(Error), true);

    /// <summary>CIT3002: unknown court code.</summary>
    public static readonly RuleDescriptor UnknownCourt = Rule("CIT3002",
        "Onbekende instantiecode", "Unknown court code",
        "Instantiecode '{0}' bestaat niet", "Court code '{0}' does not exist",
        Sev(Error), false);

    /// <summary>CIT3003: abolished court with a later year.</summary>
    public static readonly RuleDescriptor AbolishedCourt = Rule("CIT3003",
        "Opgeheven instantie met een later jaar", "Abolished court with a later year",
        "{0} ({1}) is opgeheven en deed na {2} geen uitspraken meer", "{0} ({1}) was abolished and gave no decisions after {2}",
        Sev(Warning), false);

    /// <summary>CIT3004: Dutch ordinal with a leading zero.</summary>
    public static readonly RuleDescriptor EcliLeadingZero = Rule("CIT3004",
        "Voorloopnul in ECLI-volgnummer", "Leading zero in an ECLI ordinal",
        "Het volgnummer '{0}' heeft een voorloopnul; schrijf '{1}'", "The ordinal '{0}' has a leading zero; write '{1}'",
        Sev(Error), true);

    /// <summary>CIT3005: LJN-style ordinal with a year after 2013.</summary>
    public static readonly RuleDescriptor LjnOrdinalAfter2013 = Rule("CIT3005",
        "LJN-volgnummer na 2013", "LJN-style ordinal after 2013",
        "Volgnummer '{0}' heeft de vorm van een LJN, maar LJN's werden na 2013 niet meer toegekend", "Ordinal '{0}' has the form of an LJN, but LJNs were not issued after 2013",
        Sev(Warning), false);

    /// <summary>CIT3006: LJN cited without ECLI.</summary>
    public static readonly RuleDescriptor LjnWithoutEcli = Rule("CIT3006",
        "LJN zonder ECLI", "LJN without ECLI",
        "Vermeld de ECLI bij LJN {0}", "Give the ECLI with LJN {0}",
        Sev(Info), false);

    /// <summary>CIT3007: decision date year differs from the ECLI year.</summary>
    public static readonly RuleDescriptor EcliYearMismatch = Rule("CIT3007",
        "Uitspraakdatum en ECLI-jaar verschillen", "Decision date and ECLI year differ",
        "De uitspraakdatum ({0}) valt niet in het jaar van de ECLI ({1})", "The decision date ({0}) is not in the ECLI's year ({1})",
        Sev(Warning), false);

    /// <summary>CIT4001: Stb./Stcrt./Trb. without year.</summary>
    public static readonly RuleDescriptor GazetteYearMissing = Rule("CIT4001",
        "Vindplaats zonder jaartal", "Journal without year",
        "Vermeld het jaar in '{0}' (bijvoorbeeld {1} 2011, 35)", "State the year in '{0}' (for example {1} 2011, 35)",
        Sev(Error), false);

    /// <summary>CIT4002: number zero or not a number.</summary>
    public static readonly RuleDescriptor GazetteNumberInvalid = Rule("CIT4002",
        "Ongeldig nummer in de vindplaats", "Invalid journal number",
        "'{0}' is geen geldig nummer in {1}", "'{0}' is not a valid number in {1}",
        Sev(Error), false);

    /// <summary>CIT4003: number implausible for that journal and year.</summary>
    public static readonly RuleDescriptor GazetteNumberImplausible = Rule("CIT4003",
        "Onwaarschijnlijk nummer in de vindplaats", "Implausible journal number",
        "Nummer {0} is onwaarschijnlijk hoog voor {1} (meestal hoogstens {2})", "Number {0} is implausibly high for {1} (usually at most {2})",
        Sev(Warning), false);

    /// <summary>CIT4004: non-canonical journal form.</summary>
    public static readonly RuleDescriptor GazetteForm = Rule("CIT4004",
        "Vorm van de vindplaats", "Non-canonical journal reference",
        "Schrijf '{1}' in plaats van '{0}'", "Write '{1}' instead of '{0}'",
        Sev(Info), true);

    /// <summary>CIT5001: EU act number in the wrong form for its era.</summary>
    public static readonly RuleDescriptor EuActNumberForm = Rule("CIT5001",
        "Vorm van het EU-nummer", "Form of the EU act number",
        "Schrijf '{1}' in plaats van '{0}': {2}", "Write '{1}' instead of '{0}': {2}",
        Sev(Warning), true);

    /// <summary>CIT5002: EU domain impossible for the year.</summary>
    public static readonly RuleDescriptor EuDomainYear = Rule("CIT5002",
        "Onmogelijk EU-domein", "Impossible EU domain",
        "Domein '{0}' past niet bij het jaar {1}: {2}", "Domain '{0}' does not fit the year {1}: {2}",
        Sev(Warning), false);

    /// <summary>CIT5003: CELEX malformed or descriptor impossible.</summary>
    public static readonly RuleDescriptor MalformedCelex = Rule("CIT5003",
        "Onjuist CELEX-nummer", "Malformed CELEX number",
        "'{0}' is geen geldig CELEX-nummer: {1}", "'{0}' is not a valid CELEX number: {1}",
        Sev(Error), false);

    /// <summary>CIT6001: BWB id malformed.</summary>
    public static readonly RuleDescriptor MalformedBwb = Rule("CIT6001",
        "Onjuist BWB-id", "Malformed BWB id",
        "'{0}' is geen geldig BWB-id: {1}", "'{0}' is not a valid BWB id: {1}",
        Sev(Error), false);

    /// <summary>CIT6002: Juriconnect reference malformed.</summary>
    public static readonly RuleDescriptor MalformedJci = Rule("CIT6002",
        "Onjuiste Juriconnect-verwijzing", "Malformed Juriconnect reference",
        "'{0}' is geen geldige Juriconnect-verwijzing: {1}", "'{0}' is not a valid Juriconnect reference: {1}",
        Sev(Error), false);

    /// <summary>CIT6003: officielebekendmakingen id malformed.</summary>
    public static readonly RuleDescriptor MalformedOfficialId = Rule("CIT6003",
        "Onjuist publicatie-id", "Malformed publication id",
        "'{0}' is geen geldig id van officielebekendmakingen.nl: {1}", "'{0}' is not a valid officielebekendmakingen.nl id: {1}",
        Sev(Error), false);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = typeof(RuleCatalog)
        .GetFields()
        .Where(f => f.FieldType == typeof(RuleDescriptor))
        .Select(f => (RuleDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToArray();

    /// <summary>The descriptor with <paramref name="id"/> (case-insensitive), or null.</summary>
    public static RuleDescriptor? Find(string id) =>
        All.FirstOrDefault(d => string.Equals(d.Id, id, System.StringComparison.OrdinalIgnoreCase));
}
