using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Catalog.Bwb;

/// <summary>
/// Makes article labels unique. The same label can occur twice in one text (an article renumbered while the
/// old one is kept as transitional law, a repealed article and its in-force namesake, a sloppy consolidation).
/// A catalog needs one answer per label, so the rule is fixed: one entry, at the position of the first
/// occurrence, with the data of the first occurrence that is in force (or of the first one when all are
/// repealed). "Exists and is in force" is what a citation check asks, and this keeps that answer true.
/// </summary>
internal static class DuplicateLabels
{
    public static List<ArticleEntry> Resolve(IReadOnlyList<RawArticle> articles, Action<string> warn)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < articles.Count; i++)
        {
            if (!groups.TryGetValue(articles[i].Label, out var positions))
            {
                groups[articles[i].Label] = positions = new List<int>();
            }

            positions.Add(i);
        }

        var result = new List<ArticleEntry>(groups.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            var positions = groups[articles[i].Label];
            if (positions[0] != i)
            {
                continue;
            }

            var inForce = positions.FindIndex(p => !articles[p].Repealed);
            var chosen = articles[positions[inForce < 0 ? 0 : inForce]];
            if (positions.Count > 1)
            {
                warn($"article {chosen.Label} occurs {positions.Count} times (articles no. {string.Join(", ", positions.Select(p => p + 1))} in document order); " +
                     $"kept one entry at the first place, from the first {(chosen.Repealed ? "occurrence (all are repealed)" : "occurrence in force")}");
            }

            result.Add(new ArticleEntry { Label = chosen.Label, Repealed = chosen.Repealed, Paragraphs = chosen.Paragraphs });
        }

        return result;
    }
}
