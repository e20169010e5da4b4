using System.Globalization;
using System.Text.Json;
using Citaties.Model;

namespace Citaties.Kinds;

/// <summary>
/// The <c>fields</c> of a <c>case</c> citation: <c>court</c>, <c>courtCode</c>, <c>courtCountry</c>, <c>location</c>,
/// <c>qualifier</c>, <c>date</c> (<c>yyyy-MM-dd</c> as written, also for a day the month lacks), <c>ecli</c> (the value),
/// <c>ljn</c>, <c>caseNumbers</c>, <c>pinpoint</c>, <c>conclusion</c>, <c>reports</c> (each <c>journal</c>, <c>year</c>,
/// <c>number</c>, <c>annotator</c>, <c>oldForm</c>, <c>starred</c>) and <c>nickname</c>; null or empty when not given.
/// </summary>
internal static class CaseFields
{
    public static void Write(Utf8JsonWriter writer, CaseCitation citation)
    {
        writer.WriteStringOrNull("court", citation.Court);
        writer.WriteStringOrNull("courtCode", citation.CourtCode);
        writer.WriteStringOrNull("courtCountry", citation.CourtCountry);
        writer.WriteStringOrNull("location", citation.Location);
        writer.WriteStringOrNull("qualifier", citation.Qualifier);
        writer.WriteStringOrNull(
            "date",
            citation.Year is { } y && citation.Month is { } m && citation.Day is { } d
                ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", y, m, d)
                : null);
        writer.WriteStringOrNull("ecli", citation.Ecli?.Value);
        writer.WriteStringOrNull("ljn", citation.Ljn);
        writer.WriteStrings("caseNumbers", citation.CaseNumbers);
        writer.WriteStringOrNull("pinpoint", citation.Pinpoint);
        writer.WriteStringOrNull("conclusion", citation.Conclusion);
        writer.WriteStartArray("reports");
        foreach (var report in citation.Reports)
        {
            writer.WriteStartObject();
            writer.WriteString("journal", report.Journal);
            writer.WriteNumber("year", report.Year);
            writer.WriteString("number", report.Number);
            writer.WriteStringOrNull("annotator", report.Annotator);
            writer.WriteBoolean("oldForm", report.OldForm);
            writer.WriteBoolean("starred", report.Starred);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStringOrNull("nickname", citation.Nickname);
    }
}
