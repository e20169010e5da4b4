using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// <c>--changed-since REF</c> on a temporary git repository: changed and untracked inputs are linted, unchanged and
/// deleted ones are not, the selection still applies, and outside a repository the error says so.
/// </summary>
[TestFixture]
public class LintChangedSinceTests
{
    [Test]
    public void Lints_only_files_changed_since_the_reference_and_untracked_ones()
    {
        using var folder = new TempFolder();
        folder.Write("docs/oud.md", "Zie BWBR001903.");
        folder.Write("docs/gewijzigd.md", "Zie BWBR001903.");
        folder.Write("docs/weg.md", "Zie BWBR001903.");
        folder.Write("docs/genegeerd.md", "Zie BWBR001903.");
        GitRepo.InitAndCommitAll(folder.Path);
        folder.Write("docs/gewijzigd.md", "Zie BWBR001904.");
        folder.Write("docs/genegeerd.md", "Zie BWBR001904.");
        File.Delete(Path.Combine(folder.Path, "docs/weg.md"));
        GitRepo.CommitAll(folder.Path, "tweede");
        folder.Write("docs/nieuw.md", "Zie BWBR001903.");
        folder.Write(".citatiesignore", "genegeerd.md\n");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "--format", "json", "--changed-since", "HEAD~1", "docs");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        using var json = run.Json();
        Assert.That(LintJson.Paths(json), Is.EqualTo(new[] { "docs/gewijzigd.md", "docs/nieuw.md" }));
    }

    [Test]
    public void Nothing_changed_is_a_clean_run()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Zie BWBR001903.");
        GitRepo.InitAndCommitAll(folder.Path);

        var run = Tool.Run(folder.Path, "lint", "--changed-since", "HEAD", ".");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(SummaryLine.Of(run.Stderr).Files, Is.EqualTo(0));
    }

    [Test]
    public void Outside_a_repository_the_error_says_so()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Zie BWBR001903.");

        var run = Tool.Run(folder.Path, "lint", "--changed-since", "main", "a.md");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("citaties: --changed-since needs a git repository"));
    }

    [Test]
    public void An_unknown_reference_is_a_usage_error()
    {
        using var folder = new TempFolder();
        folder.Write("a.md", "Zie BWBR001903.");
        GitRepo.InitAndCommitAll(folder.Path);

        var run = Tool.Run(folder.Path, "lint", "--changed-since", "bestaat-niet", "a.md");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("citaties: --changed-since bestaat-niet: "));
    }
}
