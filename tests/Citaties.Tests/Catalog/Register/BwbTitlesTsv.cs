extern alias generator;

using Citaties.Catalog;

namespace Citaties.Tests.Catalog.Register;

/// <summary>
/// ../shared/catalog/bwb-titles.tsv, the source of the embedded register, read once. Tests that need it are
/// ignored with the reason on a clone without it (the committed register is then what they cannot check).
/// </summary>
internal static class BwbTitlesTsv
{
    private static readonly Lazy<string?> Location = new(Find);

    private static readonly Lazy<List<generator::Citaties.BwbTitles.TitleRow>> Rows = new(() => generator::Citaties.BwbTitles.TsvRows.Read(Location.Value!));

    /// <summary>The rows of the TSV; ignores the current test when the file is absent.</summary>
    internal static List<generator::Citaties.BwbTitles.TitleRow> Require()
    {
        if (Location.Value is null)
        {
            Assert.Ignore("../shared/catalog/bwb-titles.tsv is not present beside the repository (set CITATIES_BWB_TITLES to its path to run this test).");
        }

        return Rows.Value;
    }

    private static string? Find()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CITATIES_BWB_TITLES");
        if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "catalog", "bwb-titles.tsv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
