using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of an <c>euAct</c> citation.</summary>
internal static class EuActFields
{
    public static void Write(Utf8JsonWriter writer, EuActCitation citation)
    {
        writer.WriteString("type", citation.Type);
        writer.WriteStringOrNull("domain", citation.Domain);
        writer.WriteNumber("year", citation.Year);
        writer.WriteNumber("number", citation.Number);
        writer.WriteString("celex", citation.Celex);
    }
}
