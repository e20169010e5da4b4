using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// Canonical form of an ECLI: upper case with the <c>ECLI:</c> prefix (citation-rules.md 8.1), the repaired value for
/// a repairable defect, and the text upper-cased when it cannot be repaired.
/// </summary>
internal static class EcliFormatter
{
    public static string Format(EcliCitation citation) => citation.Value;
}
