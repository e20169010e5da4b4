using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// Which files <c>lint</c> takes from folders and patterns: the default skips, <c>.citatiesignore</c> from the
/// working folder upward, <c>files</c>/<c>exclude</c> in citaties.json and <c>--exclude</c>; a file named on its own is always read.
/// </summary>
[TestFixture]
public class LintSelectionTests
{
    private static string[] Linted(string folder, params string[] args)
    {
        var run = Tool.Run(folder, new[] { "lint", "--quiet", "--format", "json" }.Concat(args).ToArray());
        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
        using var json = run.Json();
        return LintJson.Paths(json);
    }

    private static TempFolder Documents()
    {
        var folder = new TempFolder();
        foreach (var path in new[] { "docs/a.md", "docs/concept/b.md", "docs/c.txt", "bin/d.md", "docs/obj/e.md", "node_modules/x/f.md", ".github/g.md", "docs/.cache/h.md" })
        {
            folder.Write(path, "Zie BWBR001903.");
        }

        return folder;
    }

    [Test]
    public void Skips_hidden_build_and_package_folders()
    {
        using var folder = Documents();

        Assert.That(Linted(folder.Path, "."), Is.EqualTo(new[] { "docs/a.md", "docs/c.txt", "docs/concept/b.md" }));
        Assert.That(Linted(folder.Path, "**/*.md"), Is.EqualTo(new[] { "docs/a.md", "docs/concept/b.md" }));
    }

    [Test]
    public void Leaves_out_what_exclude_patterns_match()
    {
        using var folder = Documents();

        Assert.That(Linted(folder.Path, "--exclude", "concept/", "-x", "*.txt", "."), Is.EqualTo(new[] { "docs/a.md" }));
    }

    [Test]
    public void Reads_the_ignore_file_from_the_working_folder_upward()
    {
        using var folder = Documents();
        folder.Write(".citatiesignore", "# concepten niet\n/docs/concept/\n*.txt\n!docs/c.txt\n");

        Assert.That(Linted(Path.Combine(folder.Path, "docs"), "."), Is.EqualTo(new[] { "a.md", "c.txt" }));
    }

    [Test]
    public void Takes_files_and_exclude_from_the_configuration()
    {
        using var folder = Documents();
        folder.Write("citaties.json", "{ \"files\": [ \"docs/**/*.md\" ], \"exclude\": [ \"concept\" ] }");

        Assert.That(Linted(folder.Path, "docs"), Is.EqualTo(new[] { "docs/a.md" }));
    }

    [Test]
    public void A_file_named_on_its_own_is_always_read()
    {
        using var folder = Documents();
        folder.Write(".citatiesignore", "*.txt\n");

        Assert.That(Linted(folder.Path, "docs/c.txt", "bin/d.md"), Is.EqualTo(new[] { "docs/c.txt", "bin/d.md" }));
    }

    [Test]
    public void A_folder_left_empty_by_the_selection_is_reported()
    {
        using var folder = Documents();

        var run = Tool.Run(folder.Path, "lint", "--exclude", "docs/", "docs");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("docs: folder holds no"));
    }
}
