using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of a <c>celex</c> citation.</summary>
internal static class CelexFields
{
    public static void Write(Utf8JsonWriter writer, CelexCitation citation)
    {
        writer.WriteString("value", citation.Value);
        writer.WriteString("sector", citation.Sector.ToString());
        writer.WriteNumber("year", citation.Year);
        writer.WriteString("descriptor", citation.Descriptor);
        writer.WriteString("number", citation.Number);
    }
}
