using System.Globalization;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of an EU act number for its era (ISG 1.2.2): from 2015 <c>Verordening (EU) 2022/2065</c> for
/// every type; before 2015 regulations <c>Verordening (EG) nr. 593/2008</c>, directives and framework decisions
/// <c>Richtlijn 2000/31/EG</c>, decisions <c>Besluit 2010/300/EU</c> (or <c>Besluit nr. 284/2010/EU</c> when the
/// number was written first). Years before 1999 have two digits. A missing domain stays missing: the
/// validator (CIT5001) proposes one.
/// </summary>
internal static class EuActFormatter
{
    /// <summary>The first year of the single numbering scheme of EU acts.</summary>
    public const int UnifiedNumberingYear = 2015;

    public static string Format(EuActCitation act) => Format(act, act.Type, act.Domain, english: false);

    /// <summary>
    /// The era form of <paramref name="act"/> with <paramref name="type"/> as the type word (the validator keeps
    /// the word as written) and <paramref name="domain"/> (Dutch abbreviation) as its domain; in English
    /// (<c>Regulation (EC) No 593/2008</c>) when <paramref name="english"/> is set.
    /// </summary>
    public static string Format(EuActCitation act, string type, string? domain, bool english)
    {
        var number = act.Number.ToString(CultureInfo.InvariantCulture);
        var year = FormatYear(act.Year);
        var domainText = domain is null ? null : english ? EnglishDomain(domain) : domain;
        var nr = english ? "No " : "nr. ";
        var domainPrefix = domainText is null ? string.Empty : "(" + domainText + ") ";
        if (act.Year >= UnifiedNumberingYear)
        {
            return type + " " + domainPrefix + year + "/" + number;
        }

        var domainSuffix = domainText is null ? string.Empty : "/" + domainText;
        return CelexDescriptors.ForActType(act.Type, domain) switch
        {
            'R' => type + " " + domainPrefix + nr + number + "/" + year,
            'D' or 'S' when act.NumberFirst => type + " " + nr + number + "/" + year + domainSuffix,
            _ => type + " " + year + "/" + number + domainSuffix,
        };
    }

    // The record keeps the Dutch abbreviations; English text writes EC, EEC, ECSC, CFSP, JHA.
    private static string EnglishDomain(string domain) =>
        domain
            .Replace("EGKS", "ECSC")
            .Replace("EEG", "EEC")
            .Replace("EG", "EC")
            .Replace("GBVB", "CFSP")
            .Replace("JBZ", "JHA");

    private static string FormatYear(int year) =>
        year < 1999
            ? (year % 100).ToString("00", CultureInfo.InvariantCulture)
            : year.ToString("0000", CultureInfo.InvariantCulture);
}
