using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of a <c>bwb</c> citation.</summary>
internal static class BwbFields
{
    public static void Write(Utf8JsonWriter writer, BwbCitation citation)
    {
        writer.WriteString("value", citation.Value);
        writer.WriteString("type", citation.Type.ToString());
    }
}
