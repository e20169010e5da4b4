using System;
using System.Collections.Generic;
using System.IO;
using Citaties.Catalog;

namespace Citaties.Cli.Settings;

/// <summary>
/// Loads user catalog files (from <c>--catalog</c> and the <c>catalogs</c> of citaties.json) once each, and
/// builds the catalog that applies to a file: the embedded catalog with the user's files laid over it in order.
/// </summary>
internal sealed class UserCatalogs
{
    private readonly Dictionary<string, (CatalogDocument? Document, string? Problem)> files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LawCatalog> combined = new(StringComparer.Ordinal);

    /// <summary>
    /// The embedded catalog extended by the files at <paramref name="fullPaths"/>, or null with
    /// <paramref name="problem"/> naming the first file that cannot be read and why.
    /// </summary>
    public LawCatalog? For(IReadOnlyList<string> fullPaths, out string? problem)
    {
        problem = null;
        if (fullPaths.Count == 0)
        {
            return LawCatalog.Default;
        }

        var documents = new List<CatalogDocument>(fullPaths.Count);
        foreach (var path in fullPaths)
        {
            var (document, fileProblem) = Load(path);
            if (document is null)
            {
                problem = fileProblem;
                return null;
            }

            documents.Add(document);
        }

        var key = string.Join("\n", fullPaths);
        if (!combined.TryGetValue(key, out var catalog))
        {
            catalog = LawCatalog.Default.Extend(documents.ToArray());
            combined[key] = catalog;
        }

        return catalog;
    }

    private (CatalogDocument? Document, string? Problem) Load(string fullPath)
    {
        if (files.TryGetValue(fullPath, out var loaded))
        {
            return loaded;
        }

        loaded = Read(fullPath);
        files[fullPath] = loaded;
        return loaded;
    }

    private static (CatalogDocument? Document, string? Problem) Read(string fullPath)
    {
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            var document = CatalogJson.Read(stream, fullPath);
            // A file that says "laws": null is still a catalog; the layering treats null lists as empty.
            return (document, null);
        }
        catch (CatalogFormatException exception)
        {
            return (null, exception.Message);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return (null, $"catalog '{fullPath}' does not exist");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return (null, $"catalog '{fullPath}' cannot be read: {exception.Message}");
        }
    }
}
