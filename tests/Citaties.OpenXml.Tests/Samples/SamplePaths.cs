namespace Citaties.OpenXml.Tests.Samples;

/// <summary>The repository's samples folder, found by walking up from the test binaries to Citaties.sln.</summary>
public static class SamplePaths
{
    public static string Folder { get; } = Find();

    public static string WetsvoorstelText => Path.Combine(Folder, "wetsvoorstel.txt");

    public static string WetsvoorstelDocx => Path.Combine(Folder, "wetsvoorstel.docx");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Citaties.sln")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new DirectoryNotFoundException("Citaties.sln not found above " + AppContext.BaseDirectory);
    }
}
