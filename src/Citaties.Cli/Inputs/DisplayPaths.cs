namespace Citaties.Cli.Inputs;

/// <summary>Paths as shown to the user: as given, with forward slashes on every platform.</summary>
internal static class DisplayPaths
{
    /// <summary><paramref name="path"/> with back slashes turned into forward slashes.</summary>
    public static string Normalize(string path) => path.Replace('\\', '/');

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
