using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>How each <see cref="DivisionUnit"/> is written (in text and as its JSON value) and keyed in Juriconnect.</summary>
internal static class DivisionNames
{
    /// <summary>The word a regeling uses (Ar 3.56): <c>hoofdstuk</c>, <c>titel</c>, ...; also the JSON value.</summary>
    public static string Word(DivisionUnit unit) => unit switch
    {
        DivisionUnit.Hoofdstuk => "hoofdstuk",
        DivisionUnit.Titel => "titel",
        DivisionUnit.Afdeling => "afdeling",
        DivisionUnit.Paragraaf => "paragraaf",
        DivisionUnit.Onderdeel => "onderdeel",
        _ => "bijlage",
    };

    /// <summary>The plural before a range: <c>de titels IVa tot en met Vc</c>, <c>de afdelingen 3.2 tot en met 3.4</c>.</summary>
    public static string Plural(DivisionUnit unit) => unit switch
    {
        DivisionUnit.Hoofdstuk => "hoofdstukken",
        DivisionUnit.Titel => "titels",
        DivisionUnit.Afdeling => "afdelingen",
        DivisionUnit.Paragraaf => "paragrafen",
        DivisionUnit.Onderdeel => "onderdelen",
        _ => "bijlagen",
    };

    /// <summary>
    /// The Juriconnect location key (citation-rules.md 10.2): a titel is a <c>titeldeel</c>; null for the onderdeel
    /// of a wijzigingswet, which has no key outside an article.
    /// </summary>
    public static string? JuriconnectKey(DivisionUnit unit) => unit switch
    {
        DivisionUnit.Titel => "titeldeel",
        DivisionUnit.Onderdeel => null,
        _ => Word(unit),
    };
}
