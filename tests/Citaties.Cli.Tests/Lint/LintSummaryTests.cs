using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>The one summary line on standard error: its counts are those of the output; --quiet leaves it out.</summary>
[TestFixture]
public class LintSummaryTests
{
    [Test]
    public void Counts_files_citations_and_findings_per_severity_as_reported()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Zie BWBR001903 en artikel 3 lid 1 Awb.");
        folder.Write("b.txt", "Kamerstukken II 2018/2019, 35 000 VI, nr. 5.");
        folder.Write("c.txt", "Geen verwijzingen.");

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "--profile", "regeling", ".");

        using var json = run.Json();
        var summary = SummaryLine.Of(run.Stderr);
        Assert.That(summary, Is.EqualTo(summary.FromJson(json)));
        Assert.That(summary.Files, Is.EqualTo(3));
        Assert.That(summary.Citations, Is.EqualTo(3));
        Assert.That(summary.Errors + summary.Warnings + summary.Infos, Is.GreaterThan(1));
    }

    [Test]
    public void Quiet_leaves_standard_error_to_problems()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Zie BWBR001903.");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Stderr, Is.Empty);
    }
}
