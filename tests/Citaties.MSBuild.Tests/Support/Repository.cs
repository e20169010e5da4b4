using System.Reflection;

namespace Citaties.MSBuild.Tests.Support;

/// <summary>Where the repository and this build's outputs are.</summary>
public static class Repository
{
    /// <summary>The folder that holds Citaties.sln, found upward from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration this test assembly (and so the projects it packs) was built in.</summary>
    public static string Configuration { get; } =
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Citaties.Configuration").Value!;

    /// <summary>The path of <paramref name="relative"/> (forward slashes) under the root.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Citaties.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Citaties.sln not found above " + AppContext.BaseDirectory);
    }
}
