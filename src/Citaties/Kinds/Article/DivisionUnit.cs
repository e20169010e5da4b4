namespace Citaties.Model;

/// <summary>
/// A part of a regeling larger than an article (Ar 3.54–3.58: deel, hoofdstuk, titel, afdeling, paragraaf;
/// the onderdelen of a wijzigingswet; bijlagen).
/// </summary>
public enum DivisionUnit
{
    /// <summary><c>hoofdstuk 5</c>; Juriconnect <c>hoofdstuk</c>.</summary>
    Hoofdstuk,

    /// <summary><c>titel 4.1</c>; Juriconnect <c>titeldeel</c>.</summary>
    Titel,

    /// <summary><c>afdeling 3.4</c>; Juriconnect <c>afdeling</c>.</summary>
    Afdeling,

    /// <summary><c>paragraaf 2.3</c>; Juriconnect <c>paragraaf</c>.</summary>
    Paragraaf,

    /// <summary><c>onderdeel B</c> of a wijzigingswet; Juriconnect has no key for it outside an article.</summary>
    Onderdeel,

    /// <summary><c>Bijlage I</c>; Juriconnect <c>bijlage</c>.</summary>
    Bijlage,
}
