using System.IO;
using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Tests;

/// <summary>Writes a citation through the machine interface and returns its <c>fields</c> object.</summary>
internal static class FieldsJson
{
    public static JsonElement Of(Citation citation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, citation);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.GetProperty("fields").Clone();
    }
}
