using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Citaties.Catalog.Bwb;

/// <summary>Finds and checks the version date (ISO <c>yyyy-MM-dd</c>) of an imported text.</summary>
internal static class VersionDate
{
    // BWB downloads are named after their version: BWBR0001903_2012-01-01_0.xml.
    private static readonly Regex DateInName = new(@"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)", RegexOptions.CultureInvariant);

    /// <summary>The date in ISO form when <paramref name="text"/> is a real calendar date in that form, else null.</summary>
    public static string? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        return DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;
    }

    /// <summary>A date that is part of a file name, when there is exactly one valid one.</summary>
    public static string? FromFileName(string sourceName)
    {
        var name = SourceNames.FileName(sourceName);
        var matches = DateInName.Matches(name);
        return matches.Count == 1 ? Parse(matches[0].Value) : null;
    }
}
