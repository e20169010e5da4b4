using System;
using System.Collections.Generic;
using System.Globalization;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Links for a gazette citation. Dutch journals: the publication on zoek.officielebekendmakingen.nl by its id
/// (<c>stb-2023-123</c>), only for years that site holds under that id (Stb. and Trb. from 1995, Stcrt. from its
/// electronic edition in 2009, which numbers each publication; the decentral journals exist there only).
/// PbEU: the act on EUR-Lex by its OJ reference (<c>OJ:L_202400325</c>) or the table of contents of an issue
/// (<c>OJ:L:2022:277:TOC</c>).
/// </summary>
internal static class GazetteLinks
{
    public static IReadOnlyList<string> For(GazetteCitation citation)
    {
        if (citation.IsPlaceholder || citation.Year is not { } year || !IsPositiveInteger(citation.Number))
        {
            return Array.Empty<string>();
        }

        var number = citation.Number!.TrimStart('0');
        var link = citation.Journal switch
        {
            "Stb" or "Trb" when year >= 1995 => Bekendmaking(citation.Journal, year, number),
            "Stcrt" when year >= 2009 => Bekendmaking(citation.Journal, year, number),
            "Gmb" or "Prb" or "Wsb" or "Bgr" => Bekendmaking(citation.Journal, year, number),
            "PbEU" or "PbEG" when citation.IsActByAct =>
                OfficialSites.EurLexUri + "OJ:" + citation.Series + "_" + year.ToString(CultureInfo.InvariantCulture) + number.PadLeft(5, '0'),
            "PbEU" or "PbEG" => OfficialSites.EurLexUri + "OJ:" + citation.Series + ":" + year.ToString(CultureInfo.InvariantCulture) + ":" + number + ":TOC",
            _ => null,
        };
        return link is null ? Array.Empty<string>() : new[] { link };
    }

    private static string Bekendmaking(string journal, int year, string number) =>
        OfficialSites.Bekendmakingen + journal.ToLowerInvariant() + "-" + year.ToString(CultureInfo.InvariantCulture) + "-" + number + ".html";

    private static bool IsPositiveInteger(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return false;
        }

        var nonZero = false;
        foreach (var c in number!)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            nonZero |= c != '0';
        }

        return nonZero;
    }
}
