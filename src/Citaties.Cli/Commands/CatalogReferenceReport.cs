using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Citaties.Catalog;
using Citaties.Catalog.Bwb;
using Citaties.Model;

namespace Citaties.Cli.Commands;

/// <summary>
/// <c>catalog import --references</c>: the references in each imported law text, read per article with the law as
/// <see cref="ExtractOptions.ContextLaw"/> (<see cref="BwbImporter.ReadArticles"/>), so <c>artikel 5</c>, <c>van deze
/// wet</c> and <c>afdeling 3.4</c> count as references to the law itself; against the embedded catalog with the new
/// one, so what stays unresolved is a law the catalog still lacks.
/// </summary>
internal static class CatalogReferenceReport
{
    /// <summary>One line per law text among <paramref name="files"/>: its references, how many resolve, how many to itself.</summary>
    public static IEnumerable<string> Lines(IEnumerable<string> files, CatalogDocument imported)
    {
        var catalog = LawCatalog.Default.Extend(imported);
        var importer = new BwbImporter();
        foreach (var file in files)
        {
            IReadOnlyList<BwbArticleText> articles;
            try
            {
                using var stream = File.OpenRead(file);
                articles = importer.ReadArticles(stream, Path.GetFileName(file));
            }
            catch (BwbImportException)
            {
                // A WTI or manifest file holds no law text, and a broken file was reported by the import itself.
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var bwb = articles.Select(a => a.Options.ContextLaw?.Bwb).FirstOrDefault(b => b is not null);
            var laws = articles
                .SelectMany(a => CitationFinder.Extract(a.Text, a.Options with { Catalog = catalog }))
                .Select(LawOf)
                .Where(law => law.IsReference)
                .ToList();
            yield return string.Format(
                CultureInfo.InvariantCulture,
                "{0}  references: {1}, {2} resolved to a law, {3} to this law",
                bwb ?? "(no BWB id)",
                laws.Count,
                laws.Count(l => l.Bwb is not null),
                laws.Count(l => bwb is not null && l.Bwb == bwb));
        }
    }

    // References to legislation: articles, parts of a law and laws named alone.
    private static (bool IsReference, string? Bwb) LawOf(Citation citation) => citation switch
    {
        ArticleCitation article => (true, article.Law?.Bwb),
        LawCitation law => (true, law.Law?.Bwb),
        _ => (false, null),
    };
}
