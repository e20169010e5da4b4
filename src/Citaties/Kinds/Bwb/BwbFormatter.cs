using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Canonical form of a BWB id: upper case, as on wetten.overheid.nl.</summary>
internal static class BwbFormatter
{
    public static string Format(BwbCitation citation) => citation.Value;
}
