using Citaties.Catalog;

namespace Citaties.Rules.Legislation;

/// <summary>
/// Which text an article list comes from, for the messages of CIT2002 and CIT2012: <c>(versie van 2022-05-01)</c>,
/// or the imported file when the text states no date.
/// </summary>
internal static class CatalogVersion
{
    public static ILocalizable Of(LawEntry entry) =>
        entry.ArticlesAsOf is { Length: > 0 } date
            ? Fragments.VersionOf.With(date)
            : Fragments.According.With(entry.Source ?? (object)Fragments.TheCatalog);

    /// <summary>The fragments, shared by the descriptors of both rules.</summary>
    internal static class Fragments
    {
        public static readonly LocalizedText VersionOf = new("(versie van {0})", "(version of {0})");
        public static readonly LocalizedText According = new("(volgens {0})", "(according to {0})");
        public static readonly LocalizedText TheCatalog = new("de catalogus", "the catalog");
    }
}
