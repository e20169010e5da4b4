using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;

namespace Citaties.Kinds;

/// <summary>Helpers the kinds share to write their JSON fields: null strings, and enum values in camelCase.</summary>
internal static class FieldNames
{
    /// <summary>Writes a JSON string, or null when <paramref name="value"/> is null.</summary>
    public static void WriteStringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>Writes a JSON array of strings (empty when <paramref name="values"/> is).</summary>
    public static void WriteStrings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary><c>MissingDot</c> becomes <c>missingDot</c>.</summary>
    public static string CamelCase(string name) =>
        name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>Writes the set flags of <paramref name="value"/> as an array of camelCase names, lowest bit first.</summary>
    public static void WriteFlags<TEnum>(Utf8JsonWriter writer, string name, TEnum value)
        where TEnum : struct, Enum
    {
        var bits = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        writer.WriteStartArray(name);
        for (var bit = 1L; bit > 0 && bit <= bits; bit <<= 1)
        {
            if ((bits & bit) != 0)
            {
                writer.WriteStringValue(CamelCase(Enum.ToObject(typeof(TEnum), bit).ToString()!));
            }
        }

        writer.WriteEndArray();
    }
}
