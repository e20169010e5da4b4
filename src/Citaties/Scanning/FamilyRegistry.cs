using System.Collections.Generic;
using Citaties.Scanning.Families;

namespace Citaties.Scanning;

/// <summary>
/// Every citation family the extractor knows. Where two families share an anchor, the one listed first
/// is tried first.
/// </summary>
internal static class FamilyRegistry
{
    public static IReadOnlyList<CitationFamily> All { get; } = new[]
    {
        BwbFamily.Instance,
        KamerstukFamily.Instance,
        KamerstukIdFamily.Instance,
        HandelingenFamily.Instance,
        AanhangselFamily.Instance,
        EcliFamily.Instance,
        LjnFamily.Instance,
        GazetteFamily.Instance,
        EuActFamily.Instance,
        CelexFamily.Instance,
        JciFamily.Instance,
        OfficialIdFamily.Instance,
        ArticleFamily.Instance,
        DefinitionFamily.Instance,
    };
}
