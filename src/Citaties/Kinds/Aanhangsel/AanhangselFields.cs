using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of an <c>aanhangsel</c> citation: <c>chamber</c>, <c>sessionYear</c>, <c>number</c>.</summary>
internal static class AanhangselFields
{
    public static void Write(Utf8JsonWriter writer, AanhangselCitation citation)
    {
        ParliamentaryFields.WriteChamberAndYear(writer, citation.Chamber, citation.SessionYear);
        writer.WriteStringOrNull("number", citation.Number);
    }
}
