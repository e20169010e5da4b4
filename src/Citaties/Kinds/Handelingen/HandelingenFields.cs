using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>fields</c> of a <c>handelingen</c> citation: <c>chamber</c>, <c>sessionYear</c>, <c>meeting</c>, <c>item</c>, <c>pages</c>, and <c>dossier</c> when one was wrongly written.</summary>
internal static class HandelingenFields
{
    public static void Write(Utf8JsonWriter writer, HandelingenCitation citation)
    {
        ParliamentaryFields.WriteChamberAndYear(writer, citation.Chamber, citation.SessionYear);
        writer.WriteStringOrNull("meeting", citation.Meeting);
        writer.WriteStringOrNull("item", citation.Item);
        writer.WriteStringOrNull("pages", citation.Pages);
        if (citation.Dossier is { } dossier)
        {
            writer.WritePropertyName("dossier");
            ParliamentaryFields.WriteDossier(writer, dossier);
        }
        else
        {
            writer.WriteNull("dossier");
        }
    }
}
