using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Citaties.Rules;

namespace Citaties.Configuration;

/// <summary>Finds and reads <c>citaties.json</c> files.</summary>
internal static class ConfigurationLoader
{
    private static readonly string[] Keys = { "profile", "rules", "abbreviations", "catalogs", "dossierStyle", "culture", "law", "files", "exclude" };

    /// <summary>
    /// The nearest <c>citaties.json</c> in the folder of <paramref name="path"/> (a file or folder) or any
    /// folder above it, looked up in <paramref name="files"/> (the disk when null); null when there is none.
    /// </summary>
    public static string? Find(string path, IFileSystem? files = null)
    {
        files ??= PhysicalFileSystem.Instance;
        var full = Path.GetFullPath(path);
        var directory = files.DirectoryExists(full) ? full : Path.GetDirectoryName(full);
        for (; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, CitatiesConfiguration.FileName);
            if (files.FileExists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The configuration that applies to <paramref name="path"/>, or an empty one when no file is found.</summary>
    public static CitatiesConfiguration LoadFor(string path, IFileSystem? files = null)
    {
        var file = Find(path, files);
        return file is null ? new CitatiesConfiguration() : Load(file, files);
    }

    /// <summary>
    /// Reads a configuration file from <paramref name="files"/> (the disk when null); throws
    /// <see cref="ConfigurationException"/> naming the key and what is allowed.
    /// </summary>
    public static CitatiesConfiguration Load(string path, IFileSystem? files = null)
    {
        string json;
        try
        {
            using var reader = new StreamReader((files ?? PhysicalFileSystem.Instance).OpenRead(path));
            json = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException(path, null, "cannot be read: " + e.Message, e);
        }

        return Parse(json, path);
    }

    /// <summary>Parses configuration JSON; <paramref name="path"/> names it in errors and anchors relative catalog paths.</summary>
    public static CitatiesConfiguration Parse(string json, string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, null, $"is not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException(path, null, "must hold a JSON object");
            }

            var configuration = new CitatiesConfiguration { SourcePath = path };
            foreach (var property in root.EnumerateObject())
            {
                configuration = property.Name switch
                {
                    "profile" => configuration with { Profile = ReadProfile(property.Value, path) },
                    "rules" => configuration with { Severities = ReadRules(property.Value, path) },
                    "abbreviations" => configuration with { Abbreviations = ReadAbbreviations(property.Value, path) },
                    "catalogs" => configuration with { Catalogs = ReadCatalogs(property.Value, path) },
                    "dossierStyle" => configuration with { DossierStyle = ReadDossierStyle(property.Value, path) },
                    "culture" => configuration with { Culture = ReadCulture(property.Value, path) },
                    "law" => configuration with { Law = ReadLaw(property.Value, path) },
                    "files" => configuration with { Files = ReadPatterns(property.Value, path, "files", "docs/**/*.md") },
                    "exclude" => configuration with { Exclude = ReadPatterns(property.Value, path, "exclude", "drafts/") },
                    _ => throw new ConfigurationException(path, property.Name, $"is not a setting; allowed are {string.Join(", ", Keys)}"),
                };
            }

            return configuration;
        }
    }

    private static LintProfile ReadProfile(JsonElement value, string path)
    {
        var name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (!LintProfileNames.TryParse(name, out var profile))
        {
            throw new ConfigurationException(path, "profile", $"'{value}' is not a profile; allowed are regeling, toelichting, kamerstuk, literatuur");
        }

        return profile;
    }

    private static Dictionary<string, RuleSeverity> ReadRules(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException(path, "rules", "must be an object of rule ids and severities, e.g. { \"CIT1003\": \"none\" }");
        }

        var rules = new Dictionary<string, RuleSeverity>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in value.EnumerateObject())
        {
            var descriptor = RuleCatalog.Find(rule.Name)
                ?? throw new ConfigurationException(path, "rules." + rule.Name, "is not a rule id; run 'citaties explain' for the list");
            var name = rule.Value.ValueKind == JsonValueKind.String ? rule.Value.GetString() : null;
            if (!RuleSeverityNames.TryParse(name, out var severity))
            {
                throw new ConfigurationException(path, "rules." + rule.Name, $"'{rule.Value}' is not a severity; allowed are none, info, warning, error");
            }

            rules[descriptor.Id] = severity;
        }

        return rules;
    }

    private static Dictionary<string, string> ReadAbbreviations(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException(path, "abbreviations", "must be an object of abbreviations and what they stand for, e.g. { \"Wrs\": \"Wet regulering sekswerk\" }");
        }

        var abbreviations = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in value.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(entry.Value.GetString()) || string.IsNullOrWhiteSpace(entry.Name))
            {
                throw new ConfigurationException(path, "abbreviations." + entry.Name, "must map a non-empty abbreviation to a non-empty text");
            }

            abbreviations[entry.Name.Trim()] = entry.Value.GetString()!.Trim();
        }

        return abbreviations;
    }

    private static List<string> ReadCatalogs(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
        {
            throw new ConfigurationException(path, "catalogs", "must be an array of catalog file paths, e.g. [ \"catalog.json\" ]");
        }

        var baseDirectory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        return value.EnumerateArray().Select(e => Path.GetFullPath(Path.Combine(baseDirectory, e.GetString()!))).ToList();
    }

    private static List<string> ReadPatterns(JsonElement value, string path, string key, string example)
    {
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(e.GetString())))
        {
            throw new ConfigurationException(path, key, $"must be an array of patterns in gitignore syntax, e.g. [ \"{example}\" ]");
        }

        return value.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static DossierNumberStyle ReadDossierStyle(JsonElement value, string path) =>
        (value.ValueKind == JsonValueKind.String ? value.GetString() : null) switch
        {
            "spaced" => DossierNumberStyle.Spaced,
            "compact" => DossierNumberStyle.Compact,
            _ => throw new ConfigurationException(path, "dossierStyle", $"'{value}' is not a style; allowed are spaced (35 165) and compact (35165)"),
        };

    private static string ReadLaw(JsonElement value, string path)
    {
        var law = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(law))
        {
            throw new ConfigurationException(path, "law", "must name the law the documents belong to: a BWB id, abbreviation or title, e.g. \"BWBR0001903\"");
        }

        return law!.Trim();
    }

    private static CultureInfo ReadCulture(JsonElement value, string path)
    {
        var name = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return name switch
        {
            "nl" or "nl-NL" => CultureInfo.GetCultureInfo("nl-NL"),
            "en" or "en-GB" or "en-US" => CultureInfo.GetCultureInfo("en-GB"),
            _ => throw new ConfigurationException(path, "culture", $"'{value}' is not supported; allowed are nl and en"),
        };
    }
}
