using Citaties.Configuration;
using Citaties.Documents;

namespace Citaties.Tests.Documents;

/// <summary>
/// The files a run over folders takes: default skips, the nearest .citatiesignore, the exclude and files settings
/// relative to their configuration file, and the caller's excludes relative to the root.
/// </summary>
[TestFixture]
public class FileSelectionTests
{
    [Test]
    public void Skips_hidden_and_build_folders_below_the_root_but_not_the_root_itself()
    {
        var selection = FileSelection.Create(new MemoryFiles(new()), "/repo/bin", new CitatiesConfiguration(), Array.Empty<string>());

        Assert.Multiple(() =>
        {
            Assert.That(selection.IncludesFile("/repo/bin/a.md"), Is.True, "the user chose this folder");
            Assert.That(selection.IncludesFolder("/repo/bin/obj"), Is.False);
            Assert.That(selection.IncludesFolder("/repo/bin/node_modules"), Is.False);
            Assert.That(selection.IncludesFolder("/repo/bin/.git"), Is.False);
            Assert.That(selection.IncludesFile("/repo/bin/docs/.cache/a.md"), Is.False);
            Assert.That(selection.IncludesFolder("/repo/bin/docs"), Is.True);
        });
    }

    [Test]
    public void Reads_the_nearest_ignore_file_above_the_root_relative_to_its_own_folder()
    {
        var files = new MemoryFiles(new()
        {
            ["/repo/.citatiesignore"] = "# oude stukken\n/archief/\n*.tmp.md\n",
            ["/.citatiesignore"] = "*\n",
        });

        var selection = FileSelection.Create(files, "/repo/docs", new CitatiesConfiguration(), Array.Empty<string>());

        Assert.Multiple(() =>
        {
            Assert.That(selection.IgnoreFile, Is.EqualTo("/repo/.citatiesignore"));
            Assert.That(selection.IncludesFile("/repo/docs/a.md"), Is.True, "only the nearest file counts");
            Assert.That(selection.IncludesFile("/repo/docs/a.tmp.md"), Is.False);
            Assert.That(selection.IncludesFolder("/repo/archief"), Is.False);
            Assert.That(selection.IncludesFolder("/repo/docs/archief"), Is.True, "anchored to /repo");
        });
    }

    [Test]
    public void Configuration_patterns_are_relative_to_their_file_and_excludes_to_the_root()
    {
        var configuration = new CitatiesConfiguration
        {
            SourcePath = "/repo/citaties.json",
            Files = new[] { "docs/**/*.md", "!docs/concept-*.md" },
            Exclude = new[] { "docs/oud/" },
        };

        var selection = FileSelection.Create(new MemoryFiles(new()), "/repo/docs", configuration, new[] { "geheim.md" });

        Assert.Multiple(() =>
        {
            Assert.That(selection.IncludesFile("/repo/docs/brief.md"), Is.True);
            Assert.That(selection.IncludesFile("/repo/docs/sub/brief.md"), Is.True);
            Assert.That(selection.IncludesFile("/repo/docs/brief.txt"), Is.False, "not in files");
            Assert.That(selection.IncludesFile("/repo/docs/concept-1.md"), Is.False, "taken back out of files");
            Assert.That(selection.IncludesFolder("/repo/docs/oud"), Is.False, "exclude of the configuration");
            Assert.That(selection.IncludesFile("/repo/docs/oud/brief.md"), Is.False);
            Assert.That(selection.IncludesFile("/repo/docs/sub/geheim.md"), Is.False, "the caller's exclude");
        });
    }
}
