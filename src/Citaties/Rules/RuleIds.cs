namespace Citaties.Rules;

/// <summary>
/// Every rule id, in one place. Ids are stable and never reused: a retired rule keeps its number. The first digit
/// is the range (<see cref="RuleCategory"/>): CIT0xxx general, CIT1xxx parliamentary papers, CIT2xxx legislation,
/// CIT3xxx case law, CIT4xxx official journals, CIT5xxx EU law, CIT6xxx identifiers.
/// </summary>
public static class RuleIds
{
    /// <summary>CIT0001: text that starts like a citation but cannot be parsed.</summary>
    public const string UnparsableCitation = "CIT0001";

    /// <summary>CIT0002: text that must be exactly one citation is not one.</summary>
    public const string NotOneCitation = "CIT0002";

    /// <summary>CIT1001: impossible vergaderjaar.</summary>
    public const string ImpossibleSessionYear = "CIT1001";

    /// <summary>CIT1002: vergaderjaar not written YYYY/YY.</summary>
    public const string SessionYearForm = "CIT1002";

    /// <summary>CIT1003: chamber missing.</summary>
    public const string ChamberMissing = "CIT1003";

    /// <summary>CIT1004: vergaderjaar missing from a Kamerstuk reference.</summary>
    public const string SessionYearMissing = "CIT1004";

    /// <summary>CIT1005: dossier number spacing differs from the document's style.</summary>
    public const string DossierSpacing = "CIT1005";

    /// <summary>CIT1006: label that is not a citation form.</summary>
    public const string KamerstukLabel = "CIT1006";

    /// <summary>CIT1007: nr. before an Eerste Kamer letter, or a letter with chamber II.</summary>
    public const string EersteKamerLetter = "CIT1007";

    /// <summary>CIT1008: Handelingen cited with a dossier number.</summary>
    public const string HandelingenWithDossier = "CIT1008";

    /// <summary>CIT1009: Handelingen without vergadernummer.</summary>
    public const string HandelingenMeetingMissing = "CIT1009";

    /// <summary>CIT1010: Handelingen item before 2010/11, or missing after it.</summary>
    public const string HandelingenItem = "CIT1010";

    /// <summary>CIT1011: number outside the plausible range.</summary>
    public const string ImplausibleNumber = "CIT1011";

    /// <summary>CIT1012: dossier suffix that cannot exist.</summary>
    public const string ImpossibleDossierSuffix = "CIT1012";

    /// <summary>CIT1013: chamber written out, abbreviated or as a digit (<c>Tweede Kamer</c>, <c>TK</c>, <c>2</c>) instead of <c>II</c>/<c>I</c>.</summary>
    public const string ChamberForm = "CIT1013";

    /// <summary>CIT1014: dossier number with a dot or hyphen after the thousands, or a chapter glued on (<c>32.123</c>, <c>32123.IV</c>).</summary>
    public const string DossierForm = "CIT1014";

    /// <summary>CIT1015: pages written otherwise than <c>p. 4</c> (<c>blz 8</c>, <c>pag.4</c>, <c>8/9</c>).</summary>
    public const string PagesForm = "CIT1015";

    /// <summary>CIT1016: a numbered ondernummer without <c>nr.</c> (<c>32123, 17</c>).</summary>
    public const string UnlabelledNumber = "CIT1016";

    /// <summary>CIT1017: two documents of a dossier joined with <c>, en</c> (<c>nr. 7, p. 3 en 4, en nr. 9</c>).</summary>
    public const string NumberGroupJoin = "CIT1017";

    /// <summary>CIT2001: law abbreviation unknown and not defined.</summary>
    public const string UnknownAbbreviation = "CIT2001";

    /// <summary>CIT2002: article does not exist in that law.</summary>
    public const string ArticleNotFound = "CIT2002";

    /// <summary>CIT2003: lid written as a number where an ordinal is wanted.</summary>
    public const string ParagraphAsNumber = "CIT2003";

    /// <summary>CIT2004: sub/letter for an onderdeel.</summary>
    public const string PartWording = "CIT2004";

    /// <summary>CIT2005: abbreviation used before its definition.</summary>
    public const string AbbreviationBeforeDefinition = "CIT2005";

    /// <summary>CIT2006: abbreviation defined twice.</summary>
    public const string AbbreviationDefinedTwice = "CIT2006";

    /// <summary>CIT2007: ambiguous abbreviation without a definition.</summary>
    public const string AmbiguousAbbreviation = "CIT2007";

    /// <summary>CIT2008: law abbreviation inside a regeling.</summary>
    public const string AbbreviationInRegeling = "CIT2008";

    /// <summary>CIT2009: full citeertitel without van de/van het.</summary>
    public const string TitleWithoutVan = "CIT2009";

    /// <summary>CIT2010: t/m or a hyphen range where tot en met is wanted.</summary>
    public const string RangeWording = "CIT2010";

    /// <summary>CIT2011: abbreviation with wrong capitals.</summary>
    public const string AbbreviationCase = "CIT2011";

    /// <summary>CIT2012: article marked repealed in the catalog.</summary>
    public const string ArticleRepealed = "CIT2012";

    /// <summary>CIT2013: (hierna: ...) inside a regeling.</summary>
    public const string DefinitionInRegeling = "CIT2013";

    /// <summary>CIT2014: BW article without book.</summary>
    public const string BwWithoutBook = "CIT2014";

    /// <summary>CIT2015: article number not written as a citation writes it (6:2 BW, law first, upper-case letter).</summary>
    public const string ArticleNumberForm = "CIT2015";

    /// <summary>CIT3001: malformed ECLI.</summary>
    public const string MalformedEcli = "CIT3001";

    /// <summary>CIT3002: unknown court code.</summary>
    public const string UnknownCourt = "CIT3002";

    /// <summary>CIT3003: abolished court with a later year.</summary>
    public const string AbolishedCourt = "CIT3003";

    /// <summary>CIT3004: Dutch ordinal with a leading zero.</summary>
    public const string EcliLeadingZero = "CIT3004";

    /// <summary>CIT3005: LJN-style ordinal with a year after 2013.</summary>
    public const string LjnOrdinalAfter2013 = "CIT3005";

    /// <summary>CIT3006: LJN cited without ECLI.</summary>
    public const string LjnWithoutEcli = "CIT3006";

    /// <summary>CIT3007: decision date year differs from the ECLI year.</summary>
    public const string EcliYearMismatch = "CIT3007";

    /// <summary>CIT3008: EU case number brought after the year of the ECLI:EU given with it.</summary>
    public const string EuCaseYearMismatch = "CIT3008";

    /// <summary>CIT3009: the decision date of a case citation does not exist (31 juni).</summary>
    public const string ImpossibleCaseDate = "CIT3009";

    /// <summary>CIT3010: a decision cited by instance and date without its ECLI where the profile wants it.</summary>
    public const string CaseWithoutEcli = "CIT3010";

    /// <summary>CIT3011: the instance of a case citation and the court code of its ECLI name different courts.</summary>
    public const string CourtEcliMismatch = "CIT3011";

    /// <summary>CIT3012: the month of a decision date written as a number (8-7-2016).</summary>
    public const string CaseMonthAsNumber = "CIT3012";

    /// <summary>CIT3013: a journal report in the older comma form for a year in which the journal numbered year/number.</summary>
    public const string OldJournalForm = "CIT3013";

    /// <summary>CIT3014: a case citation with an instance but no full date.</summary>
    public const string CaseWithoutDate = "CIT3014";

    /// <summary>CIT4001: Stb./Stcrt./Trb. without year.</summary>
    public const string GazetteYearMissing = "CIT4001";

    /// <summary>CIT4002: number zero or not a number.</summary>
    public const string GazetteNumberInvalid = "CIT4002";

    /// <summary>CIT4003: number implausible for that journal and year.</summary>
    public const string GazetteNumberImplausible = "CIT4003";

    /// <summary>CIT4004: non-canonical journal form.</summary>
    public const string GazetteForm = "CIT4004";

    /// <summary>CIT5001: EU act number in the wrong form for its era.</summary>
    public const string EuActNumberForm = "CIT5001";

    /// <summary>CIT5002: EU domain impossible for the year.</summary>
    public const string EuDomainYear = "CIT5002";

    /// <summary>CIT5003: CELEX malformed or descriptor impossible.</summary>
    public const string MalformedCelex = "CIT5003";

    /// <summary>CIT6001: BWB id malformed.</summary>
    public const string MalformedBwb = "CIT6001";

    /// <summary>CIT6002: Juriconnect reference malformed.</summary>
    public const string MalformedJci = "CIT6002";

    /// <summary>CIT6003: officielebekendmakingen id malformed.</summary>
    public const string MalformedOfficialId = "CIT6003";

    /// <summary>CIT6004: an LJN under another name, with a space inside or in lower case (<c>ELRO-nummer BZ 1234</c>).</summary>
    public const string LjnForm = "CIT6004";
}
