using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// <c>--write-baseline</c> records today's findings; <c>--baseline</c> then reports only new ones, matched by rule,
/// file and citation text, not by line, counted so that a repeated mistake is new.
/// </summary>
[TestFixture]
public class LintBaselineTests
{
    private const string Letter = "Eerste alinea, zie BWBR001903.\n\nTweede alinea, zie Kamerstukken II 2018/2019, 35 000 VI, nr. 5.\n";

    private static TempFolder WithBaseline()
    {
        var folder = new TempFolder();
        folder.Write("docs/brief.txt", Letter);
        var write = Tool.Run(folder.Path, "lint", "--write-baseline", "citaties.baseline.json", "docs");
        Assert.That(write.ExitCode, Is.EqualTo(0), write.ToString());
        Assert.That(write.Stdout, Is.Empty, "every finding is recorded, none reported");
        Assert.That(write.Stderr, Does.Contain("citaties: wrote citaties.baseline.json with 2 finding(s)"));
        return folder;
    }

    private static CliRun Check(TempFolder folder, string workingFolder = "") =>
        Tool.Run(Path.Combine(folder.Path, workingFolder), "lint", "--quiet", "--format", "json", "--fail-on", "info",
            "--baseline", Path.Combine(folder.Path, "citaties.baseline.json"), Path.Combine(folder.Path, "docs"));

    private static string[] Texts(CliRun run)
    {
        using var json = run.Json();
        return LintJson.Diagnostics(json, 0).Select(d => d.GetProperty("text").GetString()!).ToArray();
    }

    [Test]
    public void Nothing_changed_reports_nothing_and_passes()
    {
        using var folder = WithBaseline();

        var run = Check(folder);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(Texts(run), Is.Empty);
    }

    [Test]
    public void A_moved_paragraph_is_not_a_new_finding()
    {
        using var folder = WithBaseline();
        folder.Write("docs/brief.txt", "Nieuwe inleiding.\n\nTweede alinea, zie Kamerstukken II 2018/2019, 35 000 VI, nr. 5.\n\nEerste alinea, zie BWBR001903.\n");

        var run = Check(folder);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(Texts(run), Is.Empty);
    }

    [Test]
    public void An_edited_citation_is_a_new_finding()
    {
        using var folder = WithBaseline();
        folder.Write("docs/brief.txt", Letter.Replace("BWBR001903", "BWBR001904"));

        var run = Check(folder);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(Texts(run), Is.EqualTo(new[] { "BWBR001904" }));
    }

    [Test]
    public void A_repeated_mistake_is_new()
    {
        using var folder = WithBaseline();
        folder.Write("docs/brief.txt", Letter + "Nogmaals BWBR001903.\n");

        var run = Check(folder);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(Texts(run), Is.EqualTo(new[] { "BWBR001903" }));
        using var json = run.Json();
        Assert.That(LintJson.Diagnostics(json, 0)[0].GetProperty("line").GetInt32(), Is.EqualTo(4));
    }

    [Test]
    public void The_baseline_works_from_another_folder()
    {
        using var folder = WithBaseline();
        Directory.CreateDirectory(Path.Combine(folder.Path, "elders"));

        var run = Check(folder, "elders");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
    }

    [Test]
    public void The_summary_counts_what_the_baseline_holds_apart()
    {
        using var folder = WithBaseline();

        var run = Tool.Run(folder.Path, "lint", "--baseline", "citaties.baseline.json", "docs");

        Assert.That(run.Stderr, Does.Contain(", 0 info, 2 known from the baseline in "));
    }

    [Test]
    public void Does_not_overwrite_a_file_that_is_no_baseline()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);
        var notes = folder.Write("notities.json", "{ \"mijn\": \"aantekeningen\" }");

        var run = Tool.Run(folder.Path, "lint", "--write-baseline", "notities.json", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("is not a citaties baseline; it is left as it is"));
        Assert.That(File.ReadAllText(notes), Is.EqualTo("{ \"mijn\": \"aantekeningen\" }"));
    }

    [TestCase("{ \"version\": 9, \"findings\": [] }", "version 9 is not supported")]
    [TestCase("", "not valid JSON")]
    public void A_bad_baseline_is_a_usage_error(string content, string reason)
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);
        folder.Write("b.json", content);

        var run = Tool.Run(folder.Path, "lint", "--baseline", "b.json", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
        Assert.That(run.Stderr, Does.Contain(reason));
    }

    [Test]
    public void Baseline_and_write_baseline_do_not_go_together()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);

        var run = Tool.Run(folder.Path, "lint", "--baseline", "a.json", "--write-baseline", "b.json", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("do not go together"));
    }
}
