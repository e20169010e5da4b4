using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using Citaties.Configuration;
using Microsoft.CodeAnalysis;

namespace Citaties.Analyzers.Settings;

/// <summary>
/// The files the settings resolver may read: only the additional files Roslyn hands the analyzer
/// (<c>citaties.json</c>, catalogs), so that the analyzer does no I/O of its own and an editor's unsaved text counts.
/// </summary>
internal sealed class AdditionalFileSystem : IFileSystem
{
    private readonly Dictionary<string, AdditionalText> files = new(PathComparer);
    private readonly HashSet<string> folders = new(PathComparer);
    private readonly CancellationToken cancellation;

    public AdditionalFileSystem(IEnumerable<AdditionalText> additionalFiles, CancellationToken cancellation)
    {
        this.cancellation = cancellation;
        foreach (var file in additionalFiles)
        {
            var path = Normalize(file.Path);
            files[path] = file;
            for (var folder = Path.GetDirectoryName(path); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                if (!folders.Add(folder!))
                {
                    break;
                }
            }
        }
    }

    private static StringComparer PathComparer => Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public bool FileExists(string path) => files.ContainsKey(Normalize(path));

    public bool DirectoryExists(string path) => folders.Contains(Normalize(path).TrimEnd(Path.DirectorySeparatorChar));

    public Stream OpenRead(string path)
    {
        if (!files.TryGetValue(Normalize(path), out var file) || file.GetText(cancellation) is not { } text)
        {
            throw new FileNotFoundException($"{path} is not one of the project's additional files.", path);
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private static string Normalize(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('/', '\\') : path;
}
