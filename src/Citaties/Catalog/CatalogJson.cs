using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Citaties.Catalog;

/// <summary>Reads and writes catalog files (JSON, camelCase names, version 1).</summary>
public static class CatalogJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a catalog file. Throws <see cref="CatalogFormatException"/> with the reason when it is not one.</summary>
    public static CatalogDocument Read(Stream stream, string sourceName)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        try
        {
            var document = JsonSerializer.Deserialize<CatalogDocument>(stream, Options)
                ?? throw new CatalogFormatException(sourceName, "the file holds JSON null, not a catalog object");
            if (document.Version != 1)
            {
                throw new CatalogFormatException(sourceName, $"version {document.Version} is not supported; this library reads version 1");
            }

            return document;
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw new CatalogFormatException(sourceName, $"it is not valid catalog JSON{where}: {e.Message}", e);
        }
    }

    /// <summary>Writes <paramref name="document"/> as indented JSON.</summary>
    public static void Write(Stream stream, CatalogDocument document)
    {
        JsonSerializer.Serialize(stream, document, Options);
    }
}

/// <summary>A catalog file that cannot be read, with the file's name and the reason.</summary>
public sealed class CatalogFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CatalogFormatException(string sourceName, string reason, Exception? inner = null)
        : base($"Catalog '{sourceName}' cannot be read: {reason}.", inner)
    {
        SourceName = sourceName;
    }

    /// <summary>The file or resource that could not be read.</summary>
    public string SourceName { get; }
}
