namespace Citaties.Rules;

/// <summary>The rule id ranges of DESIGN.md: the first digit of <c>CITnnnn</c>.</summary>
public enum RuleCategory
{
    /// <summary>CIT0xxx: text that starts like a citation.</summary>
    General = 0,

    /// <summary>CIT1xxx: Kamerstukken, Handelingen, Aanhangsel.</summary>
    ParliamentaryPapers = 1,

    /// <summary>CIT2xxx: articles, laws, abbreviations.</summary>
    Legislation = 2,

    /// <summary>CIT3xxx: ECLI and LJN.</summary>
    CaseLaw = 3,

    /// <summary>CIT4xxx: Staatsblad, Staatscourant, Tractatenblad and other journals.</summary>
    OfficialJournals = 4,

    /// <summary>CIT5xxx: EU acts and CELEX.</summary>
    EuLaw = 5,

    /// <summary>CIT6xxx: BWB ids, Juriconnect, officielebekendmakingen ids.</summary>
    Identifiers = 6,
}
