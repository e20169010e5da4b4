using System.IO;

namespace Citaties.Cli.Inputs;

/// <summary>Paths as shown to the user: as given, with forward slashes on every platform.</summary>
internal static class DisplayPaths
{
    /// <summary>
    /// <paramref name="path"/> with the platform's back slash separators turned into forward slashes. Only
    /// where back slash is a separator: elsewhere it is an ordinary character of a file name.
    /// </summary>
    public static string Normalize(string path) =>
        Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;

    /// <summary>
    /// A file found under the folder the user gave: the folder as given, then the relative path. A trailing
    /// slash is not doubled, and "." adds nothing, so that "extract ." shows "doc.txt" rather than "./doc.txt".
    /// </summary>
    public static string Join(string givenFolder, string relative)
    {
        var folder = Normalize(givenFolder).TrimEnd('/');
        if (folder.Length == 0 && givenFolder.Length > 0)
        {
            // The folder was the file system root ("/").
            return "/" + relative;
        }

        return folder is "" or "." ? relative : folder + "/" + relative;
    }
}
