using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Canonical form of an LJN: <c>LJN AB1234</c>.</summary>
internal static class LjnFormatter
{
    public static string Format(LjnCitation citation) => "LJN " + citation.Value;
}
