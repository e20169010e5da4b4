using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of a <c>kamerstuk</c> citation: <c>chamber</c>, <c>sessionYear</c>, <c>dossiers</c>
/// (<c>{number, suffix}</c>), <c>number</c>, <c>pages</c>, <c>appendix</c>, plus <c>numbers</c> (every ondernummer)
/// and <c>label</c> (as written).
/// </summary>
internal static class KamerstukFields
{
    public static void Write(Utf8JsonWriter writer, KamerstukCitation citation)
    {
        ParliamentaryFields.WriteChamberAndYear(writer, citation.Chamber, citation.SessionYear);
        writer.WritePropertyName("dossiers");
        writer.WriteStartArray();
        foreach (var dossier in citation.Dossiers)
        {
            ParliamentaryFields.WriteDossier(writer, dossier);
        }

        writer.WriteEndArray();
        writer.WriteStringOrNull("number", citation.Number);
        writer.WriteStringOrNull("pages", citation.Pages);
        writer.WriteBoolean("appendix", citation.Appendix);
        writer.WritePropertyName("numbers");
        writer.WriteStartArray();
        foreach (var piece in citation.Pieces)
        {
            writer.WriteStringValue(piece.Number);
        }

        writer.WriteEndArray();
        writer.WriteStringOrNull("label", citation.Label);
    }
}
