using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of an <c>ecli</c> citation: <c>value</c>, <c>country</c>, <c>court</c>, <c>year</c>,
/// <c>ordinal</c>, <c>hasPrefix</c>, <c>defects</c> (camelCase names of <see cref="EcliDefect"/>, empty when well
/// formed) and <c>repaired</c> (null unless repaired).
/// </summary>
internal static class EcliFields
{
    public static void Write(Utf8JsonWriter writer, EcliCitation citation)
    {
        writer.WriteString("value", citation.Value);
        writer.WriteStringOrNull("country", citation.Country);
        writer.WriteStringOrNull("court", citation.Court);
        if (citation.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }

        writer.WriteStringOrNull("ordinal", citation.Ordinal);
        writer.WriteBoolean("hasPrefix", citation.HasPrefix);
        FieldNames.WriteFlags(writer, "defects", citation.Defects);
        writer.WriteStringOrNull("repaired", citation.Repaired);
    }
}
