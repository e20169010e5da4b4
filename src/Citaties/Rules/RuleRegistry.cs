using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Rules;

/// <summary>
/// Every rule implementation the linter runs, in id order. Found once by reflection, so a new rule is one new
/// file: there is no list to forget it in.
/// </summary>
internal static class RuleRegistry
{
    public static IReadOnlyList<CitationRule> All { get; } = Discover();

    private static CitationRule[] Discover()
    {
        var rules = typeof(CitationRule).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CitationRule).IsAssignableFrom(t))
            .Select(t => (CitationRule)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)
            .ToArray();
        var shared = rules.GroupBy(r => r.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null)
        {
            throw new InvalidOperationException(
                $"Rule id {shared.Key} is declared by {string.Join(" and ", shared.Select(r => r.GetType().Name))}.");
        }

        return rules;
    }
}
