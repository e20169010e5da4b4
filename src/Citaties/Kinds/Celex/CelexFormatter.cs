using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Canonical form of a CELEX number: the number alone, upper case, as EUR-Lex writes it.</summary>
internal static class CelexFormatter
{
    public static string Format(CelexCitation citation) => citation.Value;
}
