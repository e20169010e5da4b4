using System;

namespace Citaties.Model;

/// <summary>
/// What is wrong with an ECLI as written (citation-rules.md section 8.4). Flags, because real texts combine
/// mistakes (<c>ELCI:NL:HR;2014:1528</c>). The validator reports <see cref="LeadingZero"/> as CIT3004 and every
/// other flag as CIT3001; <see cref="EcliCitation.Repaired"/> holds the fix when every flag set is repairable.
/// </summary>
[Flags]
public enum EcliDefect
{
    /// <summary>Well formed.</summary>
    None = 0,

    /// <summary>The prefix is misspelled: <c>ELCI:</c>, <c>ECL:</c>, <c>ECLl:</c>. Repairable.</summary>
    MisspelledPrefix = 1 << 0,

    /// <summary>A separator other than one colon: <c>HR;2014</c>, <c>ECLI::EU</c>. Repairable.</summary>
    SeparatorTypo = 1 << 1,

    /// <summary>Two parts run together: <c>NLRVS</c>, <c>HR2018</c>. Repairable.</summary>
    MissingSeparator = 1 << 2,

    /// <summary>The country is left out: <c>ECLI:HR:2016:113</c>. Repaired by inserting <c>NL</c>.</summary>
    MissingCountry = 1 << 3,

    /// <summary>
    /// The court is left out: <c>ECLI:NL:2017:309</c> (not repairable), <c>ECLI:CE:2006:0131JUD005043599</c>
    /// (repaired to <c>CE:ECHR</c>, the only court with that country).
    /// </summary>
    MissingCourt = 1 << 4,

    /// <summary>The year is left out: <c>ECLI:NL:HR:BD2578</c>. Not repairable without an LJN lookup.</summary>
    MissingYear = 1 << 5,

    /// <summary>The ordinal is left out or cut off: <c>ECLI:NL:HR:2017:</c>. Not repairable.</summary>
    MissingOrdinal = 1 << 6,

    /// <summary>Country and court swapped: <c>ECLI:C:EU:2013:180</c>. Not repaired (citation-rules.md 8.4).</summary>
    SwappedParts = 1 << 7,

    /// <summary>An <c>LJN:</c> label inside the ordinal: <c>ECLI:NL:HR:2011:LJN:BQ8092</c>. Repairable.</summary>
    LjnInside = 1 << 8,

    /// <summary>A year that cannot be a decision year (outside 1800-2099): <c>ECLI:NL:HR:2201</c>. Not repairable.</summary>
    ImpossibleYear = 1 << 9,

    /// <summary>A part breaks the syntax of section 8.1 (country not two letters, court too long, ordinal over 25 characters...).</summary>
    MalformedPart = 1 << 10,

    /// <summary>A Dutch numeric ordinal with leading zeros: <c>ECLI:NL:HR:2020:01234</c>. Repaired by dropping them (CIT3004).</summary>
    LeadingZero = 1 << 11,

    /// <summary>A space after a separator: <c>ECLI:NL:HR: 2008:BG5987</c>. Repairable.</summary>
    SpaceInside = 1 << 12,
}
