using System;
using System.Text.Json;
using Citaties.Model;

namespace Citaties.Serialization;

/// <summary>
/// Writes citations in the stable machine interface of DESIGN.md:
/// <c>{ "kind", "start", "length", "text", "canonical", "fields": { ... }, "links": [ ... ] }</c>.
/// </summary>
public static class CitationJson
{
    /// <summary>Writes <paramref name="citation"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, Citation citation)
    {
        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }

        if (citation is null)
        {
            throw new ArgumentNullException(nameof(citation));
        }

        writer.WriteStartObject();
        writer.WriteString("kind", citation.Kind.ToJsonName());
        writer.WriteNumber("start", citation.Span.Start);
        writer.WriteNumber("length", citation.Span.Length);
        writer.WriteString("text", citation.Text);
        writer.WriteString("canonical", citation.Canonical);
        writer.WritePropertyName("fields");
        writer.WriteStartObject();
        citation.WriteFields(writer);
        writer.WriteEndObject();
        writer.WritePropertyName("links");
        writer.WriteStartArray();
        foreach (var link in citation.Links)
        {
            writer.WriteStringValue(link);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
