using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>Canonical form of a definition: <c>Wetboek van Strafvordering (hierna: Sv)</c>, whatever form was written.</summary>
internal static class DefinitionFormatter
{
    public static string Format(AbbreviationDefinition definition) =>
        definition.Expansion + " (hierna: " + definition.Abbreviation + ")";
}
