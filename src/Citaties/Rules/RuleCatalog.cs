using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Rules;

/// <summary>
/// Every rule descriptor, as declared by the rules themselves (DESIGN.md "Rule catalog"). The ids are in
/// <see cref="RuleIds"/>; each descriptor lives in its rule's own file.
/// </summary>
public static class RuleCatalog
{
    private static readonly Dictionary<string, RuleDescriptor> ById =
        RuleRegistry.All.ToDictionary(r => r.Descriptor.Id, r => r.Descriptor, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = RuleRegistry.All.Select(r => r.Descriptor).ToArray();

    /// <summary>The descriptor with <paramref name="id"/> (case-insensitive), or null.</summary>
    public static RuleDescriptor? Find(string id) =>
        ById.TryGetValue(id, out var descriptor) ? descriptor : null;
}
