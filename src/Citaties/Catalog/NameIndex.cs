using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Catalog;

/// <summary>
/// Names (abbreviations, titles, short names) to entries, built once. Every key holds the candidate arrays
/// ready-made, for all spellings together and for each spelling, so a lookup allocates only its key.
/// </summary>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, Bucket> buckets;

    private NameIndex(Dictionary<string, Bucket> buckets)
    {
        this.buckets = buckets;
    }

    /// <summary>Builds the index from each entry's names; empty names are skipped, and an entry is listed once per key.</summary>
    internal static NameIndex<T> Build(IEnumerable<T> entries, Func<T, IEnumerable<string?>> names)
    {
        var collecting = new Dictionary<string, List<(string Compact, string Name, T Entry)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in names(entry))
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    continue;
                }

                var key = CatalogKey.Fold(name.AsSpan());
                if (key.Length == 0)
                {
                    continue;
                }

                if (!collecting.TryGetValue(key, out var slots))
                {
                    slots = new List<(string, string, T)>();
                    collecting.Add(key, slots);
                }

                var compact = CatalogKey.Compact(name.AsSpan());
                if (!slots.Exists(s => ReferenceEquals(s.Entry, entry) && s.Compact == compact))
                {
                    slots.Add((compact, name!.Trim(), entry));
                }
            }
        }

        var buckets = new Dictionary<string, Bucket>(collecting.Count, StringComparer.Ordinal);
        foreach (var pair in collecting)
        {
            var all = pair.Value.Select(s => s.Entry).Distinct().ToArray();
            var spellings = pair.Value
                .GroupBy(s => s.Compact, StringComparer.Ordinal)
                .Select(g => new Spelling(g.Key, g.First().Name, g.Select(s => s.Entry).Distinct().ToArray()))
                .ToArray();
            buckets.Add(pair.Key, new Bucket(pair.Value[0].Name, all, spellings));
        }

        return new NameIndex<T>(buckets);
    }

    /// <summary>
    /// Looks <paramref name="query"/> up. When some entries carry the name with the capitals as written, only those
    /// are returned (with <see cref="CatalogMatch{T}.ExactCase"/> set); otherwise every case-insensitive match.
    /// </summary>
    internal CatalogMatch<T> Lookup(string query, ReadOnlySpan<char> name)
    {
        var key = CatalogKey.Fold(name);
        if (key.Length == 0 || !buckets.TryGetValue(key, out var bucket))
        {
            return CatalogMatch.None<T>(query);
        }

        foreach (var spelling in bucket.Spellings)
        {
            if (CatalogKey.CompactEquals(name, spelling.Compact))
            {
                return new CatalogMatch<T>
                {
                    Query = query,
                    Candidates = spelling.Entries,
                    ExactCase = true,
                    MatchedName = spelling.Name,
                };
            }
        }

        return new CatalogMatch<T> { Query = query, Candidates = bucket.All, MatchedName = bucket.FirstName };
    }

    private sealed record Bucket(string FirstName, T[] All, Spelling[] Spellings);

    private sealed record Spelling(string Compact, string Name, T[] Entries);
}
