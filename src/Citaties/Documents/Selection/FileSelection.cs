using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.Configuration;

namespace Citaties.Documents;

/// <summary>
/// Which documents a run over folders takes, the same for every front end (command line, build task, language
/// server): hidden folders and <c>bin</c>, <c>obj</c>, <c>node_modules</c> are skipped; the nearest
/// <c>.citatiesignore</c> (gitignore syntax), the <c>exclude</c> setting and the caller's excludes leave paths out;
/// and when the <c>files</c> setting is given, only files it matches are taken. All patterns are in gitignore syntax,
/// relative to the folder of the file that holds them (the caller's to <see cref="Root"/>).
/// </summary>
public sealed class FileSelection
{
    /// <summary>The name of the ignore file, looked for in the root folder and every folder above it.</summary>
    public const string IgnoreFileName = ".citatiesignore";

    /// <summary>Folders that hold build output or packages, never documents to check: skipped wherever they are.</summary>
    public static IReadOnlyList<string> SkippedFolderNames { get; } = new[] { "bin", "obj", "node_modules" };

    private readonly IReadOnlyList<IgnoreRules> exclusions;
    private readonly IgnoreRules? included;

    private FileSelection(string root, IReadOnlyList<IgnoreRules> exclusions, IgnoreRules? included, string? ignoreFile)
    {
        Root = root;
        this.exclusions = exclusions;
        this.included = included;
        IgnoreFile = ignoreFile;
    }

    /// <summary>The folder the run starts from; the default skips apply to folders below it.</summary>
    public string Root { get; }

    /// <summary>The <c>.citatiesignore</c> in use, or null when none was found.</summary>
    public string? IgnoreFile { get; }

    /// <summary>
    /// The selection for a run from <paramref name="root"/> (a full path): <paramref name="configuration"/> gives
    /// <c>files</c> and <c>exclude</c> (relative to its file's folder), <paramref name="excludes"/> are the caller's
    /// own patterns (relative to <paramref name="root"/>), and the nearest <c>.citatiesignore</c> is read from
    /// <paramref name="files"/>. Throws <see cref="IOException"/> when the ignore file cannot be read.
    /// </summary>
    public static FileSelection Create(IFileSystem files, string root, CitatiesConfiguration configuration, IEnumerable<string> excludes)
    {
        if (files is null || root is null || configuration is null || excludes is null)
        {
            throw new ArgumentNullException(files is null ? nameof(files) : root is null ? nameof(root) : configuration is null ? nameof(configuration) : nameof(excludes));
        }

        var full = Path.GetFullPath(root);
        var ignoreCase = IgnoreRules.PlatformIgnoresCase;
        var exclusions = new List<IgnoreRules>();
        var ignoreFile = FindIgnoreFile(files, full);
        if (ignoreFile is not null)
        {
            exclusions.Add(new IgnoreRules(Path.GetDirectoryName(ignoreFile)!, ReadLines(files, ignoreFile), ignoreCase));
        }

        var configurationFolder = configuration.SourcePath is null ? full : Path.GetDirectoryName(Path.GetFullPath(configuration.SourcePath))!;
        exclusions.Add(new IgnoreRules(configurationFolder, configuration.Exclude, ignoreCase));
        exclusions.Add(new IgnoreRules(full, excludes, ignoreCase));
        var included = configuration.Files.Count == 0 ? null : new IgnoreRules(configurationFolder, configuration.Files, ignoreCase);
        return new FileSelection(full, exclusions.Where(r => !r.IsEmpty).ToList(), included, ignoreFile);
    }

    /// <summary>True when a walk enters the folder at <paramref name="fullPath"/>.</summary>
    public bool IncludesFolder(string fullPath) =>
        !IsDefaultSkipped(fullPath, includeSelf: true) && !exclusions.Any(r => r.IsIgnored(fullPath, isDirectory: true));

    /// <summary>
    /// True when the file at <paramref name="fullPath"/> is taken: not in a skipped or excluded folder, not excluded
    /// itself, and matched by the <c>files</c> setting when there is one.
    /// </summary>
    public bool IncludesFile(string fullPath)
    {
        if (IsDefaultSkipped(fullPath, includeSelf: false) || exclusions.Any(r => r.IsIgnored(fullPath, isDirectory: false)))
        {
            return false;
        }

        if (included is null)
        {
            return true;
        }

        // "files" lists what to take, so it is read the other way round: a file is taken when it is "ignored" by
        // those patterns (the last match, as always, and a "!" line takes a file back out).
        return included.IsIgnored(fullPath, isDirectory: false);
    }

    // Hidden folders and build output below the root; the root itself may be any folder the user chose.
    private bool IsDefaultSkipped(string fullPath, bool includeSelf)
    {
        var relative = IgnoreRules.RelativePath(Root, fullPath);
        if (relative is null)
        {
            return false;
        }

        var segments = relative.Split('/');
        var folders = includeSelf ? segments.Length : segments.Length - 1;
        for (var i = 0; i < folders; i++)
        {
            if ((segments[i].Length > 0 && segments[i][0] == '.') || SkippedFolderNames.Contains(segments[i], StringComparer.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string? FindIgnoreFile(IFileSystem files, string folder)
    {
        for (var directory = folder; !string.IsNullOrEmpty(directory); directory = Path.GetDirectoryName(directory))
        {
            var candidate = Path.Combine(directory, IgnoreFileName);
            if (files.FileExists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static List<string> ReadLines(IFileSystem files, string path)
    {
        using var reader = new StreamReader(files.OpenRead(path));
        var lines = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lines.Add(line);
        }

        return lines;
    }
}
