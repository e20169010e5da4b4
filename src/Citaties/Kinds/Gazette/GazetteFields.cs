using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of a <c>gazette</c> citation: always <c>journal</c>, <c>journalWritten</c>, <c>year</c>,
/// <c>number</c>, <c>placeholder</c> and <c>style</c> (camelCase names of <see cref="GazetteStyle"/>, empty when
/// canonical); <c>series</c>, <c>page</c>, <c>date</c> and <c>actByAct</c> only when present.
/// </summary>
internal static class GazetteFields
{
    public static void Write(Utf8JsonWriter writer, GazetteCitation citation)
    {
        writer.WriteString("journal", citation.Journal);
        writer.WriteString("journalWritten", citation.JournalWritten);
        if (citation.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }

        writer.WriteStringOrNull("number", citation.Number);
        if (citation.Series is not null)
        {
            writer.WriteString("series", citation.Series);
        }

        if (citation.Page is not null)
        {
            writer.WriteString("page", citation.Page);
        }

        if (citation.Date is not null)
        {
            writer.WriteString("date", citation.Date);
        }

        if (citation.IsActByAct)
        {
            writer.WriteBoolean("actByAct", true);
        }

        writer.WriteBoolean("placeholder", citation.IsPlaceholder);
        FieldNames.WriteFlags(writer, "style", citation.Style);
    }
}
