using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>chamber</c> and <c>sessionYear</c> fields shared by the parliamentary kinds.</summary>
internal static class ParliamentaryFields
{
    public static void WriteChamberAndYear(Utf8JsonWriter writer, Chamber? chamber, SessionYear? year)
    {
        writer.WriteStringOrNull("chamber", chamber?.ToCitationForm());
        writer.WriteStringOrNull("sessionYear", year?.ToString());
    }

    public static void WriteDossier(Utf8JsonWriter writer, Dossier dossier)
    {
        writer.WriteStartObject();
        writer.WriteString("number", dossier.Number);
        writer.WriteStringOrNull("suffix", dossier.Suffix);
        writer.WriteEndObject();
    }
}
