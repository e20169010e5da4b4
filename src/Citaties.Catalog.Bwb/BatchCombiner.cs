using System;
using System.Collections.Generic;
using System.Linq;

namespace Citaties.Catalog.Bwb;

/// <summary>Turns the results of several files into the laws of one catalog.</summary>
internal static class BatchCombiner
{
    /// <summary>
    /// The laws in the order their files were given, one per BWB id, with the metadata of WTI files applied.
    /// </summary>
    public static List<LawEntry> Combine(IReadOnlyList<BwbImportResult> files, List<BwbImportWarning> warnings)
    {
        var metadata = CollectMetadata(files, warnings);
        var laws = new List<(LawEntry Law, BwbImportResult File)>();
        foreach (var file in files)
        {
            if (file.Law is null)
            {
                continue;
            }

            var law = file.Law;
            var named = file.TitleIsCiteertitel;
            if (law.Bwb is not null && metadata.TryGetValue(law.Bwb, out var meta))
            {
                law = Apply(law, file.TitleIsCiteertitel, meta.Metadata);
                named |= meta.Metadata.Citeertitel is not null;
                meta.Used = true;
            }

            laws.Add((named ? law : WithKnownTitle(law, file.SourceName, warnings), file));
        }

        foreach (var unused in metadata.Values.Where(m => !m.Used))
        {
            warnings.Add(new BwbImportWarning(unused.SourceName, $"no law text with BWB id {unused.Metadata.Bwb} was imported beside this WTI file; its metadata is not used"));
        }

        return KeepLatestPerId(laws, warnings);
    }

    private static Dictionary<string, MetadataUse> CollectMetadata(IReadOnlyList<BwbImportResult> files, List<BwbImportWarning> warnings)
    {
        var byId = new Dictionary<string, MetadataUse>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Metadata is not { } metadata)
            {
                continue;
            }

            if (metadata.Bwb is null)
            {
                warnings.Add(new BwbImportWarning(file.SourceName, "the WTI file names no BWB id; its metadata is not used"));
            }
            else if (byId.TryGetValue(metadata.Bwb, out var earlier))
            {
                warnings.Add(new BwbImportWarning(file.SourceName, $"a second WTI file for {metadata.Bwb}; the first one ({earlier.SourceName}) is used"));
            }
            else
            {
                byId[metadata.Bwb] = new MetadataUse(metadata, file.SourceName);
            }
        }

        return byId;
    }

    // The text's own citeertitel is the title of that very version, so it wins; a WTI title only replaces an
    // intitule ("Wet van 15 januari 1921"), which is no name anyone cites. Abbreviations come only from WTI.
    private static LawEntry Apply(LawEntry law, bool titleIsCiteertitel, BwbMetadata metadata)
    {
        var title = !titleIsCiteertitel && metadata.Citeertitel is { } citeertitel ? citeertitel : law.Title;
        return law with
        {
            Title = title,
            Book = law.Book ?? LawTitle.CivilCodeBookOf(title),
            Abbreviations = law.Abbreviations.Concat(metadata.Abbreviations).Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    // A law text with only an intitule ("Wet van 15 januari 1921", the older texts of Sr and Sv) and no WTI file takes the
    // title the embedded catalog knows its BWB id by: a catalog layer replaces the embedded entry of the same id with
    // its title, and "Wetboek van Strafrecht" would no longer be found.
    private static LawEntry WithKnownTitle(LawEntry law, string sourceName, List<BwbImportWarning> warnings)
    {
        if (law.Bwb is null || LawCatalog.Default.FindByBwb(law.Bwb).Entry is not { Title.Length: > 0 } known || known.Title == law.Title)
        {
            return law;
        }

        warnings.Add(new BwbImportWarning(sourceName, $"the text has no citeertitel; the title the embedded catalog knows {law.Bwb} by, '{known.Title}', is used"));
        return law with { Title = known.Title, Book = law.Book ?? known.Book };
    }

    // A catalog has one entry per BWB id. When several versions of one law are imported, the latest version
    // (by ArticlesAsOf; an unknown date counts as oldest) is kept, and of equally dated ones the first given.
    private static List<LawEntry> KeepLatestPerId(List<(LawEntry Law, BwbImportResult File)> laws, List<BwbImportWarning> warnings)
    {
        var kept = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<LawEntry?>();
        foreach (var (law, file) in laws)
        {
            if (law.Bwb is null || !kept.TryGetValue(law.Bwb, out var index))
            {
                if (law.Bwb is not null)
                {
                    kept[law.Bwb] = result.Count;
                }

                result.Add(law);
                continue;
            }

            var earlier = result[index]!;
            if (string.CompareOrdinal(law.ArticlesAsOf ?? string.Empty, earlier.ArticlesAsOf ?? string.Empty) > 0)
            {
                result[index] = law;
                warnings.Add(new BwbImportWarning(file.SourceName, $"{law.Bwb} was imported twice; this later version replaces {earlier.Source} ({earlier.ArticlesAsOf ?? "no date"})"));
            }
            else
            {
                warnings.Add(new BwbImportWarning(file.SourceName, $"{law.Bwb} was imported twice; this version ({law.ArticlesAsOf ?? "no date"}) is not later than {earlier.Source} and is skipped"));
            }
        }

        return result.Select(l => l!).ToList();
    }

    private sealed class MetadataUse
    {
        public MetadataUse(BwbMetadata metadata, string sourceName)
        {
            Metadata = metadata;
            SourceName = sourceName;
        }

        public BwbMetadata Metadata { get; }

        public string SourceName { get; }

        public bool Used { get; set; }
    }
}
