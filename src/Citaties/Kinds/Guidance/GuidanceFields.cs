using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of a <c>guidance</c> citation: <c>title</c>, <c>items</c> (aanwijzing numbers, empty for a whole
/// instrument), <c>paragraph</c>, <c>bwb</c> (null when unresolved) and <c>gazette</c> (the Staatscourant with the
/// fields of a <c>gazette</c> citation, or null).
/// </summary>
internal static class GuidanceFields
{
    public static void Write(Utf8JsonWriter writer, GuidanceCitation citation)
    {
        writer.WriteString("title", citation.Title);
        writer.WriteStrings("items", citation.Items);
        writer.WriteStringOrNull("paragraph", citation.Paragraph);
        writer.WriteStringOrNull("bwb", citation.BwbId);
        if (citation.Gazette is { } gazette)
        {
            writer.WriteStartObject("gazette");
            GazetteFields.Write(writer, gazette);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("gazette");
        }
    }
}
