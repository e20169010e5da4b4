using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>The <c>law</c> object of the <c>fields</c>: <c>{abbreviation, title, bwb, celex}</c>, or null when unresolved.</summary>
internal static class LawFields
{
    public static void Write(Utf8JsonWriter writer, LawReference? law)
    {
        if (law is null)
        {
            writer.WriteNull("law");
            return;
        }

        writer.WritePropertyName("law");
        writer.WriteStartObject();
        writer.WriteStringOrNull("abbreviation", law.Abbreviation);
        writer.WriteStringOrNull("title", law.Title);
        writer.WriteStringOrNull("bwb", law.Bwb);
        writer.WriteStringOrNull("celex", law.Celex);
        writer.WriteEndObject();
    }
}
