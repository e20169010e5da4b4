#if NET
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Scanning;

/// <summary>
/// The anchors grouped by their first character for the vectorised pair test of <see cref="AnchorPrefilter"/>: each
/// group holds some first characters (both cases) and every character that follows them in some anchor. A text pair
/// passes a group when its first character is one of the group's and its second one of what follows in the group,
/// so grouping lets through pairs that no anchor has; groups are merged where that adds the fewest second characters.
/// </summary>
internal sealed class AnchorGroups
{
    private AnchorGroups(HashSet<int> first, HashSet<int> second, bool takesNonAsciiSecond)
    {
        First = first;
        Second = second;
        TakesNonAsciiSecond = takesNonAsciiSecond;
    }

    /// <summary>The first characters, in both cases.</summary>
    public HashSet<int> First { get; }

    /// <summary>The ASCII characters that follow a first character of the group in some anchor, in both cases.</summary>
    public HashSet<int> Second { get; }

    /// <summary>True when some anchor of the group has a second character outside ASCII (<c>c‑</c>, <c> – </c>).</summary>
    public bool TakesNonAsciiSecond { get; }

    /// <summary>
    /// At most <paramref name="maxGroups"/> groups covering every anchor; a one-character anchor lets every second
    /// character through.
    /// </summary>
    public static List<AnchorGroups> Build(IEnumerable<string> anchors, int maxGroups)
    {
        var groups = anchors
            .GroupBy(a => char.ToLowerInvariant(a[0]))
            .OrderBy(g => g.Key)
            .Select(g => g.Any(a => a.Length == 1)
                ? new AnchorGroups(new HashSet<int>(BothCases(g.Key)), new HashSet<int>(Enumerable.Range(0, 128)), true)
                : new AnchorGroups(
                    new HashSet<int>(BothCases(g.Key)),
                    new HashSet<int>(g.Where(a => a[1] < 128).SelectMany(a => BothCases(a[1]))),
                    g.Any(a => a[1] >= 128)))
            .ToList();
        while (groups.Count > maxGroups)
        {
            var (left, right) = CheapestMerge(groups);
            var merged = new AnchorGroups(
                new HashSet<int>(groups[left].First.Concat(groups[right].First)),
                new HashSet<int>(groups[left].Second.Concat(groups[right].Second)),
                groups[left].TakesNonAsciiSecond || groups[right].TakesNonAsciiSecond);
            groups.RemoveAt(right);
            groups[left] = merged;
        }

        return groups;
    }

    /// <summary>A character in lower and upper case (one entry for a character without case).</summary>
    public static IEnumerable<int> BothCases(char c) => new[] { (int)char.ToLowerInvariant(c), char.ToUpperInvariant(c) }.Distinct();

    // The two groups whose union adds the fewest pairs that no anchor has: each group's first characters times the
    // second characters the other brings.
    private static (int Left, int Right) CheapestMerge(List<AnchorGroups> groups)
    {
        var best = (Left: 0, Right: 1);
        var bestCost = int.MaxValue;
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                var cost = (groups[i].First.Count * groups[j].Second.Count(c => !groups[i].Second.Contains(c)))
                    + (groups[j].First.Count * groups[i].Second.Count(c => !groups[j].Second.Contains(c)));
                if (cost < bestCost)
                {
                    bestCost = cost;
                    best = (i, j);
                }
            }
        }

        return best;
    }
}
#endif
