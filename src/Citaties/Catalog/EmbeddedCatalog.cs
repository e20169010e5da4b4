using System;
using System.Collections.Generic;

namespace Citaties.Catalog;

/// <summary>The catalog files compiled into this assembly (Catalog/Data/*.json).</summary>
internal static class EmbeddedCatalog
{
    /// <summary>The logical resource names, in the order the layers are merged.</summary>
    internal static readonly IReadOnlyList<string> ResourceNames = new[]
    {
        "Citaties.Catalog.Data.laws.json",
        "Citaties.Catalog.Data.eu-acts.json",
        "Citaties.Catalog.Data.treaties.json",
        "Citaties.Catalog.Data.courts.json",
    };

    /// <summary>Reads one embedded file. A missing or broken resource is a build error, so it throws.</summary>
    internal static CatalogDocument Read(string resourceName)
    {
        using var stream = typeof(EmbeddedCatalog).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded catalog resource '{resourceName}' is missing from the assembly.");
        return CatalogJson.Read(stream, resourceName);
    }

    /// <summary>All embedded files, in merge order.</summary>
    internal static CatalogDocument[] ReadAll()
    {
        var documents = new CatalogDocument[ResourceNames.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = Read(ResourceNames[i]);
        }

        return documents;
    }
}
