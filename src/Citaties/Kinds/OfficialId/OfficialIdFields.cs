using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of an <c>officialId</c> citation: the value, the prefix and every part, null where the
/// prefix has no such part, so that the object has the same shape for every id.
/// </summary>
internal static class OfficialIdFields
{
    public static void Write(Utf8JsonWriter writer, OfficialIdCitation citation)
    {
        writer.WriteString("value", citation.Value);
        writer.WriteString("prefix", citation.Prefix);
        writer.WriteStringOrNull("dossier", citation.Dossier);
        writer.WriteStringOrNull("suffix", citation.Suffix);
        writer.WriteStringOrNull("number", citation.Number);
        writer.WriteStringOrNull("appendix", citation.Appendix);
        writer.WriteStringOrNull("sessionYear", citation.SessionYear?.ToString());
        writer.WriteStringOrNull("meeting", citation.Meeting);
        writer.WriteStringOrNull("item", citation.Item);
        writer.WriteStringOrNull("pages", citation.Pages);
        if (citation.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }
    }
}
