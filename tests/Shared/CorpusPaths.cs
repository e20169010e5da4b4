namespace Citaties.Tests;

/// <summary>
/// Locates ../shared/corpus beside the repository. Tests that need it call <see cref="RequireCorpus"/>,
/// which marks them ignored with a clear reason on a fresh clone where it is absent. One file, linked into
/// each test project that reads the corpus.
/// </summary>
public static class CorpusPaths
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The corpus folder, or null when it is not there.</summary>
    public static string? CorpusRoot => Root.Value;

    /// <summary>The repository root (the folder holding Citaties.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Citaties.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Citaties.sln not found above the test directory.");
        }
    }

    /// <summary>A path inside the corpus; ignores the current test when the corpus is absent.</summary>
    public static string RequireCorpus(params string[] parts)
    {
        var root = CorpusRoot;
        if (root is null)
        {
            Assert.Ignore("../shared/corpus is not present beside the repository (set CITATIES_CORPUS to its path to run this test).");
        }

        var path = Path.Combine(new[] { root! }.Concat(parts).ToArray());
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            Assert.Ignore($"Corpus path {path} is not present.");
        }

        return path;
    }

    private static string? FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CITATIES_CORPUS");
        if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
        {
            return fromEnv;
        }

        var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpus");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}
