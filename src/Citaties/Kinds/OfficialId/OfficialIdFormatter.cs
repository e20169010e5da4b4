using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Canonical form of an officielebekendmakingen id: lower-case prefix, the rest as written.</summary>
internal static class OfficialIdFormatter
{
    public static string Format(OfficialIdCitation citation) => citation.Value;
}
