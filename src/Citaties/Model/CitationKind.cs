using System;

namespace Citaties.Model;

/// <summary>The kinds of citation Citaties recognises. The JSON name of each is in <see cref="CitationKindNames"/>.</summary>
public enum CitationKind
{
    /// <summary>A parliamentary paper: <c>Kamerstukken II 2018/19, 35 000 VI, nr. 5</c>.</summary>
    Kamerstuk,

    /// <summary>Plenary minutes: <c>Handelingen II 2010/11, nr. 108, item 5</c>.</summary>
    Handelingen,

    /// <summary>Answers to written questions: <c>Aanhangsel Handelingen II 2019/20, nr. 3645</c>.</summary>
    Aanhangsel,

    /// <summary>An article of a law or EU act: <c>art. 6:162 BW</c>.</summary>
    Article,

    /// <summary>A European Case Law Identifier: <c>ECLI:NL:HR:2016:162</c>.</summary>
    Ecli,

    /// <summary>A Landelijk Jurisprudentie Nummer: <c>LJN: AB1234</c>.</summary>
    Ljn,

    /// <summary>An official journal: <c>Stb. 2023, 123</c>, <c>PbEU 2022, L 277/1</c>.</summary>
    Gazette,

    /// <summary>An EU act by number: <c>Verordening (EU) 2022/2065</c>.</summary>
    EuAct,

    /// <summary>A CELEX number: <c>CELEX 32022R2065</c>.</summary>
    Celex,

    /// <summary>A BWB id: <c>BWBR0001903</c>.</summary>
    Bwb,

    /// <summary>A Juriconnect reference: <c>jci1.3:c:BWBR0001903&amp;artikel=125p</c>.</summary>
    Jci,

    /// <summary>An officielebekendmakingen id: <c>kst-28638-178</c>.</summary>
    OfficialId,

    /// <summary>An abbreviation defined in the text: <c>(hierna: Sv)</c>.</summary>
    Definition,

    /// <summary>A citation of a decision: <c>HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8</c>, <c>NJ 2017/13</c>.</summary>
    Case,

    /// <summary>A law named by its title alone, without an article: <c>de Omgevingswet</c>, <c>het Burgerlijk Wetboek</c>.</summary>
    Law,

    /// <summary>
    /// Soft law: an aanwijzing of the Aanwijzingen voor de regelgeving (<c>aanwijzing 3.29 Ar</c>, <c>Ar 3.29</c>), or a
    /// circular or policy rule by its title and Staatscourant (<c>Circulaire ... (Stcrt. 2004, 245)</c>).
    /// </summary>
    Guidance,
}

/// <summary>The stable JSON names of <see cref="CitationKind"/>.</summary>
public static class CitationKindNames
{
    // The JSON name is the member name in camelCase, so a new kind needs no entry here. Renaming a member
    // would change the machine interface, but it already breaks the public API (PublicAPI.Shipped.txt), and
    // a test pins every name.
    private static readonly string[] JsonNames = CamelCaseNames();

    /// <summary>The name used for <paramref name="kind"/> in JSON (<c>kamerstuk</c>, <c>euAct</c>, ...).</summary>
    public static string ToJsonName(this CitationKind kind) =>
        (uint)kind < (uint)JsonNames.Length ? JsonNames[(int)kind] : kind.ToString();

    private static string[] CamelCaseNames()
    {
#if NET5_0_OR_GREATER
        var kinds = Enum.GetValues<CitationKind>();
#else
        var kinds = (CitationKind[])Enum.GetValues(typeof(CitationKind));
#endif
        var names = new string[kinds.Length];
        foreach (var kind in kinds)
        {
            var name = kind.ToString();
            names[(int)kind] = char.ToLowerInvariant(name[0]) + name.Substring(1);
        }

        return names;
    }
}
