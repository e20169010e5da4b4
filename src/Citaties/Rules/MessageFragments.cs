using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace Citaties.Rules;

/// <summary>Reads the named fragments a rule declares beside its descriptor.</summary>
internal static class MessageFragments
{
    public static IReadOnlyDictionary<string, LocalizedText> None { get; } = new Dictionary<string, LocalizedText>();

    /// <summary>
    /// The static <see cref="LocalizedText"/> fields of <paramref name="holders"/>, by field name. A rule keeps them
    /// in a nested class so that they are initialised before they are read here, whatever the order in the file.
    /// </summary>
    public static IReadOnlyDictionary<string, LocalizedText> Of(params Type[] holders) =>
        holders.SelectMany(h => h.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(LocalizedText))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToDictionary(f => f.Name, f => (LocalizedText)f.GetValue(null)!, StringComparer.Ordinal);
}
