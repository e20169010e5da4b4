using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of a <c>definition</c>: the abbreviation, its expansion, the form, and the law the expansion names (or null).</summary>
internal static class DefinitionFields
{
    public static void Write(Utf8JsonWriter writer, AbbreviationDefinition definition)
    {
        writer.WriteString("abbreviation", definition.Abbreviation);
        writer.WriteString("expansion", definition.Expansion);
        writer.WriteString("form", definition.Form.ToJsonName());
        LawFields.Write(writer, definition.Law);
    }
}
