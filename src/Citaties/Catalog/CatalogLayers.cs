using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Catalog;

/// <summary>
/// Merges catalog documents in order: an entry of a later layer with the same identity (BWB id, or title when
/// there is none; CELEX; court code) takes the place of the earlier one, new entries are added at the end.
/// A replacing entry keeps what it leaves empty from the entry it replaces, so a BWB import that only
/// carries an article list does not erase the abbreviations the embedded catalog knows.
/// </summary>
internal static class CatalogLayers
{
    internal static CatalogDocument Merge(IEnumerable<CatalogDocument?> layers)
    {
        var laws = new Layer<LawEntry>(CleanLaw, LawKey, FillLaw);
        var euActs = new Layer<EuActEntry>(CleanEuAct, EuActKey, FillEuAct);
        var treaties = new Layer<TreatyEntry>(CleanTreaty, TreatyKey, FillTreaty);
        var courts = new Layer<CourtEntry>(
            c => c with { Code = (c.Code ?? string.Empty).Trim(), Name = c.Name ?? string.Empty, Country = (c.Country ?? "NL").Trim() },
            c => (c.Country + ":" + c.Code).ToUpperInvariant(),
            (_, later) => later);

        foreach (var layer in layers)
        {
            if (layer is null)
            {
                continue;
            }

            laws.Add(layer.Laws);
            euActs.Add(layer.EuActs);
            treaties.Add(layer.Treaties);
            courts.Add(layer.Courts);
        }

        return new CatalogDocument
        {
            Laws = laws.ToArray(),
            EuActs = euActs.ToArray(),
            Treaties = treaties.ToArray(),
            Courts = courts.ToArray(),
        };
    }

    // A hand-written file may say "abbreviations": null; the lookups count on lists and strings being there.
    private static LawEntry CleanLaw(LawEntry law) => law with
    {
        Title = law.Title ?? string.Empty,
        Abbreviations = law.Abbreviations ?? Array.Empty<string>(),
        CustomaryAbbreviations = law.CustomaryAbbreviations ?? Array.Empty<string>(),
        OtherTitles = law.OtherTitles ?? Array.Empty<string>(),
    };

    private static EuActEntry CleanEuAct(EuActEntry act) => act with
    {
        Type = act.Type ?? string.Empty,
        Domain = act.Domain ?? string.Empty,
        Celex = (act.Celex ?? string.Empty).Trim(),
        Title = act.Title ?? string.Empty,
        ShortNames = act.ShortNames ?? Array.Empty<string>(),
        EnglishShortNames = act.EnglishShortNames ?? Array.Empty<string>(),
    };

    private static TreatyEntry CleanTreaty(TreatyEntry treaty) => treaty with
    {
        Title = treaty.Title ?? string.Empty,
        Abbreviations = treaty.Abbreviations ?? Array.Empty<string>(),
    };

    // An act without a CELEX number is known by its type and number (two such acts must not merge into one).
    private static string EuActKey(EuActEntry act) =>
        act.Celex.Length > 0
            ? "celex:" + act.Celex.ToUpperInvariant()
            : "number:" + EuActTypes.CelexDescriptor(act.Type) + act.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                + "/" + act.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + CatalogKey.Fold(act.Title.AsSpan());

    private static string LawKey(LawEntry law) =>
        string.IsNullOrWhiteSpace(law.Bwb)
            ? "title:" + CatalogKey.Fold((law.Title ?? string.Empty).AsSpan()) + "|" + (law.Book ?? string.Empty).Trim().ToUpperInvariant()
            : "bwb:" + law.Bwb!.Trim().ToUpperInvariant();

    private static string TreatyKey(TreatyEntry treaty) =>
        !string.IsNullOrWhiteSpace(treaty.Bwb) ? "bwb:" + treaty.Bwb!.Trim().ToUpperInvariant()
        : !string.IsNullOrWhiteSpace(treaty.Celex) ? "celex:" + treaty.Celex!.Trim().ToUpperInvariant()
        : "title:" + CatalogKey.Fold((treaty.Title ?? string.Empty).AsSpan());

    private static LawEntry FillLaw(LawEntry earlier, LawEntry later) => later with
    {
        Title = string.IsNullOrWhiteSpace(later.Title) ? earlier.Title : later.Title,
        Abbreviations = Either(later.Abbreviations, earlier.Abbreviations),
        CustomaryAbbreviations = Either(later.CustomaryAbbreviations, earlier.CustomaryAbbreviations),
        OtherTitles = Either(later.OtherTitles, earlier.OtherTitles),
        Book = later.Book ?? earlier.Book,
        Articles = later.Articles ?? earlier.Articles,
        ArticlesAsOf = later.Articles is null ? earlier.ArticlesAsOf : later.ArticlesAsOf,
        Source = later.Source ?? earlier.Source,
    };

    private static EuActEntry FillEuAct(EuActEntry earlier, EuActEntry later) => later with
    {
        Title = string.IsNullOrWhiteSpace(later.Title) ? earlier.Title : later.Title,
        ShortNames = Either(later.ShortNames, earlier.ShortNames),
        EnglishShortNames = Either(later.EnglishShortNames, earlier.EnglishShortNames),
        ArticleCount = later.ArticleCount ?? earlier.ArticleCount,
    };

    private static TreatyEntry FillTreaty(TreatyEntry earlier, TreatyEntry later) => later with
    {
        Title = string.IsNullOrWhiteSpace(later.Title) ? earlier.Title : later.Title,
        Abbreviations = Either(later.Abbreviations, earlier.Abbreviations),
        Bwb = later.Bwb ?? earlier.Bwb,
        Celex = later.Celex ?? earlier.Celex,
        ArticleCount = later.ArticleCount ?? earlier.ArticleCount,
    };

    private static IReadOnlyList<string> Either(IReadOnlyList<string>? preferred, IReadOnlyList<string>? fallback) =>
        preferred is { Count: > 0 } ? preferred : fallback ?? Array.Empty<string>();

    /// <summary>One kind of entry being merged, in first-seen order.</summary>
    private sealed class Layer<T>
        where T : class
    {
        private readonly Func<T, T> clean;
        private readonly Func<T, string> key;
        private readonly Func<T, T, T> fill;
        private readonly List<T> entries = new();
        private readonly Dictionary<string, int> positions = new(StringComparer.Ordinal);

        internal Layer(Func<T, T> clean, Func<T, string> key, Func<T, T, T> fill)
        {
            this.clean = clean;
            this.key = key;
            this.fill = fill;
        }

        internal void Add(IReadOnlyList<T>? additions)
        {
            // A hand-written catalog file may say "laws": null or hold a null item; neither is an entry.
            foreach (var raw in additions ?? Array.Empty<T>())
            {
                if (raw is null)
                {
                    continue;
                }

                var entry = clean(raw);
                var k = key(entry);
                if (positions.TryGetValue(k, out var at))
                {
                    entries[at] = fill(entries[at], entry);
                }
                else
                {
                    positions.Add(k, entries.Count);
                    entries.Add(entry);
                }
            }
        }

        internal T[] ToArray() => entries.ToArray();
    }
}
