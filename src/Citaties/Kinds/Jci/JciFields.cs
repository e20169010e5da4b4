using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of a <c>jci</c> citation.</summary>
internal static class JciFields
{
    public static void Write(Utf8JsonWriter writer, JciCitation citation)
    {
        writer.WriteString("value", citation.Value);
        writer.WriteString("version", citation.Version);
        writer.WriteString("type", citation.Type);
        writer.WriteString("bwb", citation.Bwb);
        writer.WriteStringOrNull("article", citation.Article);
        writer.WriteStringOrNull("paragraph", citation.Paragraph);
        writer.WriteStringOrNull("book", citation.Book);
        writer.WritePropertyName("parameters");
        writer.WriteStartArray();
        foreach (var parameter in citation.Parameters)
        {
            writer.WriteStartObject();
            writer.WriteString("key", parameter.Key);
            writer.WriteString("value", parameter.Value);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
