using System.Collections.Generic;

namespace Citaties.Catalog.Register;

/// <summary>
/// Rows grouped by a 64-bit hash of a name: the first row per hash in a dictionary, the others chained through an
/// array. Two ints per row instead of a key string per row keeps the register small; a caller checks each row of a
/// chain against the name itself, since different names can share a hash.
/// </summary>
internal sealed class HashChains
{
    private readonly Dictionary<ulong, int> first;
    private readonly int[] next;

    /// <param name="rows">How many rows there are.</param>
    /// <param name="expectedHashes">How many distinct hashes to make room for up front: every row for titles, none for
    /// the dated heads, which only some rows have (a dictionary keeps the room it is given).</param>
    internal HashChains(int rows, int expectedHashes)
    {
        first = new Dictionary<ulong, int>(expectedHashes);
        next = new int[rows];
    }

    /// <summary>Adds <paramref name="row"/> under <paramref name="hash"/>; rows of one hash come back in the order added.</summary>
    internal void Add(ulong hash, int row)
    {
        next[row] = -1;
        if (!first.TryGetValue(hash, out var at))
        {
            first.Add(hash, row);
            return;
        }

        while (next[at] >= 0)
        {
            at = next[at];
        }

        next[at] = row;
    }

    /// <summary>The first row under <paramref name="hash"/>, or -1.</summary>
    internal int First(ulong hash) => first.TryGetValue(hash, out var row) ? row : -1;

    /// <summary>The row after <paramref name="row"/> under the same hash, or -1.</summary>
    internal int After(int row) => next[row];
}
