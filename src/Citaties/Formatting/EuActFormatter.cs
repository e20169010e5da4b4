using System.Globalization;
using Citaties.Catalog;
using Citaties.Model;

namespace Citaties.Formatting;

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

    public static string Format(EuActCitation act)
    {
        var number = act.Number.ToString(CultureInfo.InvariantCulture);
        var year = FormatYear(act.Year);
        var domainPrefix = act.Domain is null ? string.Empty : "(" + act.Domain + ") ";
        if (act.Year >= UnifiedNumberingYear)
        {
            return act.Type + " " + domainPrefix + year + "/" + number;
        }

        var domainSuffix = act.Domain is null ? string.Empty : "/" + act.Domain;
        return CelexDescriptors.ForActType(act.Type, act.Domain) switch
        {
            'R' => act.Type + " " + domainPrefix + "nr. " + number + "/" + year,
            'D' or 'S' when act.NumberFirst => act.Type + " nr. " + number + "/" + year + domainSuffix,
            _ => act.Type + " " + year + "/" + number + domainSuffix,
        };
    }

    private static string FormatYear(int year) =>
        year < 1999
            ? (year % 100).ToString("00", CultureInfo.InvariantCulture)
            : year.ToString("0000", CultureInfo.InvariantCulture);
}
