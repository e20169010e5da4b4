using System;
using System.Collections.Generic;
using System.IO;
using Citaties.Catalog;
using Citaties.Configuration;

namespace Citaties.Documents;

/// <summary>
/// Loads user catalog files (named by the overrides and by the <c>catalogs</c> of citaties.json) once each, and
/// builds the catalog that applies to a document: the embedded catalog with the user's files laid over it in order.
/// </summary>
internal sealed class UserCatalogs
{
    private readonly IFileSystem files;
    private readonly Dictionary<string, (CatalogDocument? Document, string? Problem)> read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, LawCatalog> combined = new(StringComparer.Ordinal);

    public UserCatalogs(IFileSystem files)
    {
        this.files = files;
    }

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
            if (!read.TryGetValue(path, out var file))
            {
                file = Read(path);
                read[path] = file;
            }

            if (file.Document is null)
            {
                problem = file.Problem;
                return null;
            }

            documents.Add(file.Document);
        }

        var key = string.Join("\n", fullPaths);
        if (!combined.TryGetValue(key, out var catalog))
        {
            catalog = LawCatalog.Default.Extend(documents.ToArray());
            combined[key] = catalog;
        }

        return catalog;
    }

    private (CatalogDocument? Document, string? Problem) Read(string fullPath)
    {
        if (!files.FileExists(fullPath))
        {
            return (null, $"catalog '{fullPath}' does not exist");
        }

        try
        {
            using var stream = files.OpenRead(fullPath);
            // A file that says "laws": null is still a catalog; the layering treats null lists as empty.
            return (CatalogJson.Read(stream, fullPath), null);
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
