using System.Collections.Generic;

namespace Citaties.Rules.EuLaw;

/// <summary>
/// Which domain abbreviation an EU act number can carry in which year (ISG 1.2.2, citation-rules.md 9.1):
/// <c>EEG</c> until the Treaty of Maastricht (1 November 1993), then <c>EG</c> (with <c>GBVB</c> and <c>JBZ</c>),
/// <c>EU</c> from the Treaty of Lisbon (1 December 2009); <c>EGKS</c> until the ECSC Treaty expired (23 July 2002).
/// The act number carries the year of adoption only, so 1993 and 2009 allow both neighbouring domains.
/// </summary>
internal static class EuDomainEras
{
    private const int MaastrichtYear = 1993;
    private const int LisbonYear = 2009;
    private const int EcscExpiryYear = 2002;

    /// <summary>The only domain of an EEC/EC/EU act of <paramref name="year"/>; null for 1993 and 2009, which had two.</summary>
    public static string? DomainForYear(int year) => year switch
    {
        < MaastrichtYear => "EEG",
        > MaastrichtYear and < LisbonYear => "EG",
        > LisbonYear => "EU",
        _ => null,
    };

    /// <summary>The two domains an act of the transition year <paramref name="year"/> (1993 or 2009) can have.</summary>
    public static IReadOnlyList<string> DomainsInTransitionYear(int year) =>
        year == MaastrichtYear ? new[] { "EEG", "EG" } : new[] { "EG", "EU" };

    /// <summary>Why <paramref name="domain"/> (one abbreviation) cannot occur in <paramref name="year"/>; null when it can.</summary>
    public static DomainConflict? Conflict(string domain, int year) => domain switch
    {
        "EU" when year < LisbonYear => DomainConflict.EuBeforeLisbon,
        "EG" when year < MaastrichtYear => DomainConflict.EgBeforeMaastricht,
        "EG" when year > LisbonYear => DomainConflict.EgAfterLisbon,
        "EEG" when year > MaastrichtYear => DomainConflict.EegAfterMaastricht,
        "EGKS" when year > EcscExpiryYear => DomainConflict.EgksAfterExpiry,
        "JBZ" when year < MaastrichtYear || year > LisbonYear => DomainConflict.JbzOutsideThirdPillar,
        "GBVB" when year < MaastrichtYear => DomainConflict.GbvbBeforeMaastricht,
        _ => null,
    };
}

/// <summary>Why a domain does not fit the year of an EU act number.</summary>
internal enum DomainConflict
{
    /// <summary><c>EU</c> before December 2009.</summary>
    EuBeforeLisbon,

    /// <summary><c>EG</c> before November 1993.</summary>
    EgBeforeMaastricht,

    /// <summary><c>EG</c> after 2009.</summary>
    EgAfterLisbon,

    /// <summary><c>EEG</c> after 1993.</summary>
    EegAfterMaastricht,

    /// <summary><c>EGKS</c> after the ECSC Treaty expired in 2002.</summary>
    EgksAfterExpiry,

    /// <summary><c>JBZ</c> outside 1993-2009, the years of the third pillar.</summary>
    JbzOutsideThirdPillar,

    /// <summary><c>GBVB</c> before November 1993.</summary>
    GbvbBeforeMaastricht,
}
