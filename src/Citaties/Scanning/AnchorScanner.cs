using System;
using System.Collections.Generic;
using System.Linq;
#if NET8_0_OR_GREATER
using System.Buffers;
#endif
using Citaties.Kinds;

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
    // Which ASCII characters start an anchor, in either case. A table, not IndexOfAny over the set: the
    // netstandard2.0 IndexOfAny compares each character with every member of a set this large (the analyzer runs
    // this build inside the compiler, over every comment and string).
    private readonly bool[] startsAnchor = new bool[128];
#endif

    private const int MinHyphenatedLength = 6;

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

        // A word hyphenated over a line end ("Kamer-\nstukken") is found through variants of each anchor word:
        // its first part with a hyphen, checked for the line break and the rest of the word (AnchorEntry.LengthAt).
        var entries = byAnchor.Select(kv => new AnchorEntry(kv.Key, kv.Value.ToArray())).ToList();
        foreach (var kv in byAnchor.Where(kv => kv.Key.Length >= MinHyphenatedLength && kv.Key.All(c => c is >= 'a' and <= 'z')))
        {
            for (var split = 3; split <= kv.Key.Length - 3; split++)
            {
                entries.Add(new AnchorEntry(kv.Key.Remove(split) + "-", kv.Value.ToArray(), kv.Key.Substring(split)));
            }
        }

        Anchors = entries.Select(e => e.Text).Distinct().OrderBy(a => a, StringComparer.Ordinal).ToArray();
        foreach (var group in entries.GroupBy(e => char.ToLowerInvariant(e.Text[0])))
        {
            buckets[group.Key] = group.OrderByDescending(e => e.Text.Length).ToArray();
        }

#if NET8_0_OR_GREATER
        anchorSearch = SearchValues.Create(Anchors.ToArray(), StringComparison.OrdinalIgnoreCase);
#else
        foreach (var anchor in Anchors)
        {
            startsAnchor[char.ToLowerInvariant(anchor[0])] = true;
            startsAnchor[char.ToUpperInvariant(anchor[0])] = true;
        }
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
            var position = from;
            while (position < text.Length && (text[position] >= 128 || !startsAnchor[text[position]]))
            {
                position++;
            }

            if (position == text.Length)
            {
                return -1;
            }

            if (AnchorsAt(text, position).Length > 0)
            {
                return position;
            }

            from = position + 1;
#endif
        }

        return -1;
    }

    /// <summary>
    /// The anchors that may start at <paramref name="position"/>, longest first: a run of candidates, each to be
    /// confirmed with <see cref="AnchorEntry.LengthAt"/> (which also checks a hyphenated variant's line break).
    /// </summary>
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

        // The entries whose text starts here form one run of the bucket (sorted longest first); return that
        // run without copying, and let the caller check each entry with AnchorEntry.LengthAt.
        var rest = text.Slice(position);
        var first = -1;
        var last = -1;
        for (var i = 0; i < bucket.Length; i++)
        {
            if (rest.StartsWith(bucket[i].Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first >= 0)
        {
            return new ReadOnlySpan<AnchorEntry>(bucket, first, last - first + 1);
        }

        return default;
    }
}

/// <summary>An anchor string and the families it can start.</summary>
internal sealed class AnchorEntry
{
    public AnchorEntry(string text, CitationFamily[] families, string? continuation = null)
    {
        Text = text;
        Families = families;
        Continuation = continuation;
    }

    public string Text { get; }

    public CitationFamily[] Families { get; }

    /// <summary>For a hyphenated variant ("kamer-"), the rest of the word that must follow the line break ("stuk").</summary>
    public string? Continuation { get; }

    /// <summary>
    /// How many source characters the anchor word covers at <paramref name="position"/>, or -1 when a
    /// hyphenated variant is not followed by a line break and the rest of its word.
    /// </summary>
    public int LengthAt(ReadOnlySpan<char> text, int position)
    {
        if (!text.Slice(position).StartsWith(Text.AsSpan(), StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        if (Continuation is null)
        {
            return Text.Length;
        }

        var i = position + Text.Length;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= text.Length || text[i] is not ('\n' or '\r'))
        {
            return -1;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]) && text[i] != '\u2029')
        {
            i++;
        }

        return text.Slice(i).StartsWith(Continuation.AsSpan(), StringComparison.OrdinalIgnoreCase) ? i + Continuation.Length - position : -1;
    }
}
