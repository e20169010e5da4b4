using System;

namespace Citaties.Catalog;

/// <summary>The CELEX descriptor (sector 3) that belongs to an EU act type (citation-rules.md 9.3).</summary>
internal static class EuActTypes
{
    /// <summary>
    /// <c>R</c> for a (implementing, delegated) regulation, <c>L</c> for a directive, <c>D</c> for a decision,
    /// <c>F</c> for a framework decision; null for a type the catalog does not know.
    /// </summary>
    internal static char? CelexDescriptor(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        // The last word carries the kind: "Gedelegeerde verordening", "Uitvoeringsrichtlijn".
        var text = type!.Trim();
        if (text.EndsWith("kaderbesluit", StringComparison.OrdinalIgnoreCase))
        {
            return 'F';
        }

        if (text.EndsWith("verordening", StringComparison.OrdinalIgnoreCase))
        {
            return 'R';
        }

        if (text.EndsWith("richtlijn", StringComparison.OrdinalIgnoreCase))
        {
            return 'L';
        }

        if (text.EndsWith("besluit", StringComparison.OrdinalIgnoreCase))
        {
            return 'D';
        }

        return null;
    }

    /// <summary>The CELEX number of a legislative act: sector 3, year, descriptor, number padded to four digits.</summary>
    internal static string? Celex(string? type, int year, int number)
    {
        var descriptor = CelexDescriptor(type);
        if (descriptor is null || year < 1000 || year > 9999 || number <= 0)
        {
            return null;
        }

        return "3" + year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + descriptor.Value
            + number.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
