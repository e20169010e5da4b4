namespace Citaties.Kinds;

/// <summary>Base addresses of the official publication sites.</summary>
internal static class OfficialSites
{
    /// <summary>Parliamentary papers and official journals, by officielebekendmakingen id.</summary>
    public const string Bekendmakingen = "https://zoek.officielebekendmakingen.nl/";

    /// <summary>Consolidated Dutch legislation, by BWB id or Juriconnect reference.</summary>
    public const string Wetten = "https://wetten.overheid.nl/";

    /// <summary>EU law, by CELEX number.</summary>
    public const string EurLex = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:";

    /// <summary>Dutch case law, by ECLI.</summary>
    public const string Rechtspraak = "https://uitspraken.rechtspraak.nl/details?id=";

    /// <summary>EUR-Lex by any document URI: <c>ecli:ECLI:EU:C:2005:446</c>, <c>OJ:L:2022:277:TOC</c>, <c>OJ:L_202400325</c>.</summary>
    public const string EurLexUri = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=";

    /// <summary>The Curia's search by case number (<c>C-311/18</c>): the case file with its judgment and conclusions.</summary>
    public const string Curia = "https://curia.europa.eu/juris/liste.jsf?language=nl&num=";

    /// <summary>
    /// HUDOC, the ECtHR's database, searching one field (<c>appno</c> for an application number, <c>ecli</c>): its
    /// query is JSON in the fragment, written here percent-encoded.
    /// </summary>
    public static string HudocSearch(string field, string value) =>
        "https://hudoc.echr.coe.int/eng#%7B%22" + field + "%22:%5B%22" + value + "%22%5D%7D";
}
