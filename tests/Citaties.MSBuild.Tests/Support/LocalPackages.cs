namespace Citaties.MSBuild.Tests.Support;

/// <summary>
/// The packages under test, packed once per test run from this build's outputs into a temporary folder, with a
/// package cache of their own: a user's restore of them never meets a stale copy of the same version, and the
/// machine's cache is not touched.
/// </summary>
public static class LocalPackages
{
    /// <summary>The version every package is packed as.</summary>
    public const string Version = "0.0.0-test";

    private static readonly object Gate = new();
    private static readonly HashSet<string> Packed = new(StringComparer.Ordinal);
    private static string? folder;

    /// <summary>The temporary folder of this run: <c>packages/</c> holds the .nupkg files, <c>cache/</c> the restored ones.</summary>
    public static string Folder
    {
        get
        {
            lock (Gate)
            {
                return folder ??= Directory.CreateTempSubdirectory("citaties-packages-").FullName;
            }
        }
    }

    /// <summary>The package source folder.</summary>
    public static string Source => System.IO.Path.Combine(Folder, "packages");

    /// <summary>The variables that point restore at this run's own cache.</summary>
    public static IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = System.IO.Path.Combine(Folder, "cache"),
    };

    /// <summary>Packs <paramref name="project"/> (relative to the repository) unless this run did already.</summary>
    public static void Pack(string project)
    {
        lock (Gate)
        {
            if (Packed.Contains(project))
            {
                return;
            }

            var result = Dotnet.Run(Repository.Root, null, "pack", Repository.Path(project), "--no-build", "-c", Repository.Configuration, "-o", Source, "-p:PackageVersion=" + Version);
            Assert.That(result.ExitCode, Is.Zero, $"dotnet pack {project}: {result}");
            Packed.Add(project);
        }
    }

    /// <summary>A nuget.config for a user's folder: this run's packages, then the registry the repository restores from.</summary>
    public static string NuGetConfig()
    {
        var registry = System.Xml.Linq.XDocument.Load(Repository.Path("nuget.config")).Descendants("add")
            .Where(a => a.Parent?.Name == "packageSources")
            .Select(a => $"    <add key=\"{a.Attribute("key")!.Value}\" value=\"{a.Attribute("value")!.Value}\" />");
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Source}" />
            {string.Join("\n", registry)}
              </packageSources>
            </configuration>
            """;
    }

    /// <summary>Removes the folder of this run.</summary>
    public static void Delete()
    {
        lock (Gate)
        {
            if (folder is not null && Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            folder = null;
            Packed.Clear();
        }
    }
}
