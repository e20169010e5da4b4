using System;
using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>
/// The titles of a catalog's laws (citeertitel and other titles) and treaties, each as its folded words, grouped by the first
/// word: what <see cref="Resolution.TitleExtension"/> compares the words after a cited title with. The books of the
/// BW are left out; their grammar names them (<c>Boek 6 van het Burgerlijk Wetboek</c>).
/// </summary>
internal sealed class TitleWordIndex
{
    private static readonly IReadOnlyList<string[]> None = Array.Empty<string[]>();

    private readonly Dictionary<string, List<string[]>> byFirstWord = new(StringComparer.Ordinal);

    public TitleWordIndex(IEnumerable<LawEntry> laws, IEnumerable<TreatyEntry> treaties)
    {
        // A treaty's title is as long as any law's and is cut by the grammar as often (EVRM: "... van de mens en de
        // fundamentele vrijheden").
        foreach (var treaty in treaties)
        {
            Add(treaty.Title);
        }

        foreach (var law in laws)
        {
            if (law.Book is not null)
            {
                continue;
            }

            Add(law.Title);
            foreach (var other in law.OtherTitles)
            {
                Add(other);
            }
        }
    }

    /// <summary>The titles whose first folded word is <paramref name="foldedWord"/>.</summary>
    public IReadOnlyList<string[]> StartingWith(string foldedWord) =>
        byFirstWord.TryGetValue(foldedWord, out var titles) ? titles : None;

    private void Add(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return;
        }

        var words = title!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var folded = new string[words.Length];
        for (var i = 0; i < words.Length; i++)
        {
            folded[i] = CatalogKey.Fold(words[i].AsSpan());
        }

        if (!byFirstWord.TryGetValue(folded[0], out var group))
        {
            byFirstWord[folded[0]] = group = new List<string[]>();
        }

        group.Add(folded);
    }
}
