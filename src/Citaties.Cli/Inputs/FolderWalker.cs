using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Citaties.Cli.Inputs;

/// <summary>Lists the text files under a folder, recursively and in a stable order.</summary>
internal static class FolderWalker
{
    /// <summary>The extensions taken from a folder; other files there are not text the tool can read.</summary>
    public static readonly IReadOnlyList<string> TextExtensions = new[] { ".txt", ".md", ".html", ".htm" };

    /// <summary>
    /// Every file under <paramref name="folder"/> with one of <see cref="TextExtensions"/>, as paths relative
    /// to it with forward slashes, sorted ordinally. Hidden folders (name starting with '.', such as .git) and
    /// symbolic links to folders are not entered: the first holds tool data, the second can loop.
    /// </summary>
    public static IReadOnlyList<string> TextFiles(string folder)
    {
        var found = new List<string>();
        Walk(new DirectoryInfo(folder), string.Empty, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>True when the name ends with one of <see cref="TextExtensions"/> (any case).</summary>
    public static bool HasTextExtension(string name) =>
        TextExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a folder the walk does not enter (see <see cref="TextFiles"/>).</summary>
    public static bool IsSkippedFolder(DirectoryInfo folder) =>
        folder.Name.StartsWith('.') || folder.LinkTarget is not null;

    private static void Walk(DirectoryInfo folder, string prefix, List<string> found)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            if (HasTextExtension(file.Name))
            {
                found.Add(prefix + file.Name);
            }
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (!IsSkippedFolder(child))
            {
                Walk(child, prefix + child.Name + "/", found);
            }
        }
    }
}
