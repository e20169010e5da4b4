using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif

namespace Citaties.Scanning;

/// <summary>
/// Finds anchor words ("kamerstuk", "ecli", "stb", ...) with one vectorised multi-string search, then
/// tells which anchors start at a hit. Built once from the family registry; immutable and thread-safe.
/// </summary>
internal sealed class AnchorScanner
{
#if NET8_0_OR_GREATER
    private readonly SearchValues<string> anchorSearch;
#else
    private readonly char[] firstChars;
#endif

    // Anchors bucketed by lower-cased first character (ASCII anchors only), longest first.
    private readonly AnchorEntry[][] buckets = new AnchorEntry[128][];

    public AnchorScanner(IEnumerable<CitationFamily> families)
    {
        var byAnchor = new Dictionary<string, List<CitationFamily>>(StringComparer.OrdinalIgnoreCase);
        foreach (var family in families)
        {
            foreach (var anchor in family.Anchors)
            {
                if (anchor.Length == 0 || anchor[0] >= 128)
                {
                    throw new ArgumentException($"Anchor '{anchor}' of family {family.Name} must start with an ASCII character.");
                }

                if (!byAnchor.TryGetValue(anchor, out var list))
                {
                    byAnchor[anchor] = list = new List<CitationFamily>();
                }

                list.Add(family);
            }
        }

        Anchors = byAnchor.Keys.OrderBy(a => a, StringComparer.Ordinal).ToArray();
        foreach (var group in byAnchor.GroupBy(kv => char.ToLowerInvariant(kv.Key[0])))
        {
            buckets[group.Key] = group
                .OrderByDescending(kv => kv.Key.Length)
                .Select(kv => new AnchorEntry(kv.Key, kv.Value.ToArray()))
                .ToArray();
        }

#if NET8_0_OR_GREATER
        anchorSearch = SearchValues.Create(byAnchor.Keys.ToArray(), StringComparison.OrdinalIgnoreCase);
#else
        firstChars = Anchors
            .SelectMany(a => new[] { char.ToLowerInvariant(a[0]), char.ToUpperInvariant(a[0]) })
            .Distinct()
            .ToArray();
#endif
    }

    /// <summary>Every distinct anchor string.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>
    /// The offset of the next position at or after <paramref name="from"/> where some anchor starts,
    /// or -1 when there is none.
    /// </summary>
    public int NextCandidate(ReadOnlySpan<char> text, int from)
    {
        while (from < text.Length)
        {
#if NET8_0_OR_GREATER
            var hit = text.Slice(from).IndexOfAny(anchorSearch);
            return hit < 0 ? -1 : from + hit;
#else
            var hit = text.Slice(from).IndexOfAny(firstChars);
            if (hit < 0)
            {
                return -1;
            }

            var position = from + hit;
            if (AnchorsAt(text, position).Length > 0)
            {
                return position;
            }

            from = position + 1;
#endif
        }

        return -1;
    }

    /// <summary>The anchors that start at <paramref name="position"/>, longest first.</summary>
    public ReadOnlySpan<AnchorEntry> AnchorsAt(ReadOnlySpan<char> text, int position)
    {
        var c = text[position];
        if (c >= 128)
        {
            return default;
        }

        var bucket = buckets[char.ToLowerInvariant(c)];
        if (bucket is null)
        {
            return default;
        }

        var rest = text.Slice(position);
        for (var i = 0; i < bucket.Length; i++)
        {
            if (rest.StartsWith(bucket[i].Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                // Entries are sorted longest first, so every later entry that matches is a prefix of this one.
                var count = 1;
                for (var j = i + 1; j < bucket.Length; j++)
                {
                    if (rest.StartsWith(bucket[j].Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        count++;
                    }
                }

                if (count == 1)
                {
                    return new ReadOnlySpan<AnchorEntry>(bucket, i, 1);
                }

                var matches = new AnchorEntry[count];
                var n = 0;
                for (var j = i; j < bucket.Length; j++)
                {
                    if (rest.StartsWith(bucket[j].Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
                    {
                        matches[n++] = bucket[j];
                    }
                }

                return matches;
            }
        }

        return default;
    }
}

/// <summary>An anchor string and the families it can start.</summary>
internal sealed class AnchorEntry
{
    public AnchorEntry(string text, CitationFamily[] families)
    {
        Text = text;
        Families = families;
    }

    public string Text { get; }

    public CitationFamily[] Families { get; }
}
