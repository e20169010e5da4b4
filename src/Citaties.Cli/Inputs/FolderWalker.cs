using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.Documents;

namespace Citaties.Cli.Inputs;

/// <summary>Lists the documents under a folder, recursively and in a stable order.</summary>
internal static class FolderWalker
{
    /// <summary>
    /// Every file under <paramref name="folder"/> with one of <paramref name="extensions"/> (those the document
    /// reader knows) that <paramref name="selection"/> takes, as paths relative to it with forward slashes, sorted
    /// ordinally. Folders the selection skips (hidden ones such as .git, bin, obj, node_modules, ignored or excluded
    /// ones) and symbolic links to folders are not entered: the first hold tool data, the last can loop.
    /// </summary>
    public static IReadOnlyList<string> Files(string folder, IReadOnlyList<string> extensions, FileSelection selection)
    {
        var found = new List<string>();
        Walk(new DirectoryInfo(folder), string.Empty, extensions, selection, found);
        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>True when the name ends with one of <paramref name="extensions"/> (any case).</summary>
    public static bool HasExtension(string name, IReadOnlyList<string> extensions) =>
        extensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for a folder the walk does not enter (see <see cref="Files"/>).</summary>
    public static bool IsSkippedFolder(DirectoryInfo folder) =>
        folder.Name.StartsWith('.') || folder.LinkTarget is not null;

    private static void Walk(DirectoryInfo folder, string prefix, IReadOnlyList<string> extensions, FileSelection selection, List<string> found)
    {
        foreach (var file in folder.EnumerateFiles())
        {
            // Word's lock file "~$draft.docx" is not a document.
            if (HasExtension(file.Name, extensions) && !file.Name.StartsWith("~$", StringComparison.Ordinal) && selection.IncludesFile(file.FullName))
            {
                found.Add(prefix + file.Name);
            }
        }

        foreach (var child in folder.EnumerateDirectories())
        {
            if (!IsSkippedFolder(child) && selection.IncludesFolder(child.FullName))
            {
                Walk(child, prefix + child.Name + "/", extensions, selection, found);
            }
        }
    }
}
