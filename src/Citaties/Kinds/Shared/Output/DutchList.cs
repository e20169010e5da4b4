using System.Collections.Generic;
using System.Linq;

namespace Citaties.Kinds;

/// <summary>Lists as Dutch citations write them: <c>3.29</c>, <c>3.29 en 3.30</c>, <c>C-511/18, C-512/18 en C-520/18</c>.</summary>
internal static class DutchList
{
    /// <summary>The values joined by commas, the last by <c>en</c>; <paramref name="values"/> must not be empty.</summary>
    public static string Join(IReadOnlyList<string> values) =>
        values.Count == 1 ? values[0] : string.Join(", ", values.Take(values.Count - 1)) + " en " + values[values.Count - 1];
}
