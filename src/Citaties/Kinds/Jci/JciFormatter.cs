using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Canonical form of a Juriconnect reference: with the <c>jci</c> prefix, <c>&amp;</c> separators and decoded values.</summary>
internal static class JciFormatter
{
    public static string Format(JciCitation citation) => citation.Value;
}
