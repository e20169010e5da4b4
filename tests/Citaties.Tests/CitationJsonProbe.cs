using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Tests;

/// <summary>Writes a citation through the machine interface and reads it back, so tests can check JSON fields.</summary>
public static class CitationJsonProbe
{
    /// <summary>The whole JSON object of <paramref name="citation"/>.</summary>
    public static JsonElement Write(Citation citation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, citation);
        }

        using var document = JsonDocument.Parse(stream.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>The <c>fields</c> object of <paramref name="citation"/>.</summary>
    public static JsonElement Fields(Citation citation) => Write(citation).GetProperty("fields");
}
