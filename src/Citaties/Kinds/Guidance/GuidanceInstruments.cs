using System;
using Citaties.Catalog;

namespace Citaties.Kinds;

/// <summary>
/// The instruments a guidance citation names, and their BWB ids from the embedded catalog: the Aanwijzingen voor de
/// regelgeving by its abbreviation <c>Ar</c>, a circular or policy rule by its title where the catalog or its BWB
/// register knows it. Looked up on first use, so a text without soft law never loads the catalog for it.
/// </summary>
internal static class GuidanceInstruments
{
    /// <summary>The citeertitel of the Ar (citation-rules.md 0.1), its canonical name in every guidance citation.</summary>
    public const string ArTitle = "Aanwijzingen voor de regelgeving";

    /// <summary>The customary abbreviation of the Ar, written with this case only (<c>AR</c> and <c>ar</c> are other words).</summary>
    public const string ArAbbreviation = "Ar";

    private static readonly Lazy<string?> ArBwb = new(() => LawCatalog.Default.FindByAbbreviation(ArAbbreviation).Entry?.Bwb);

    /// <summary>The BWB id of the Ar from the catalog (<c>BWBR0005730</c>).</summary>
    public static string? ArBwbId => ArBwb.Value;

    /// <summary>The BWB id of the regulation titled <paramref name="title"/>, or null when none or several have that title.</summary>
    public static string? BwbIdOfTitle(string title) => LawCatalog.Default.FindByTitle(title).Entry?.Bwb;
}
