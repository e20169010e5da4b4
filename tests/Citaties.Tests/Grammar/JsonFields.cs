using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Tests.Grammar;

/// <summary>Writes a citation through the machine interface and reads it back, as an external tool would.</summary>
internal static class JsonFields
{
    public static JsonDocument Of(Citation citation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            CitationJson.Write(writer, citation);
        }

        return JsonDocument.Parse(stream.ToArray());
    }
}
