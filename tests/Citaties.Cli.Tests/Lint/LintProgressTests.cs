using System.Diagnostics;
using Citaties.Cli.Commands.Lint;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// The progress bar is for a person at a terminal: never in redirected output, in CI or with --quiet, and when it
/// is shown the findings are the same as without it.
/// </summary>
[TestFixture]
public class LintProgressTests
{
    [TestCase(true, null, true)]
    [TestCase(true, "", true)]
    [TestCase(false, null, false)]
    [TestCase(true, "true", false)]
    public void Is_allowed_only_on_a_terminal_outside_ci(bool errorIsTerminal, string? ci, bool allowed)
    {
        Assert.That(LintProgress.Allowed(errorIsTerminal, ci), Is.EqualTo(allowed));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Shown_progress_leaves_the_findings_as_they_are(bool outputIsTerminal)
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 5; i++)
        {
            folder.Write($"d{i}.txt", "Zie BWBR001903 en Kamerstukken II 2018/2019, 35 000 VI, nr. 5.");
        }

        var plain = Tool.Run(folder.Path, "lint", "--format", "json", ".");
        var shown = Tool.RunWith(
            new CliSettings { WorkingDirectory = folder.Path, ShowProgress = true, OutputIsTerminal = outputIsTerminal, ProgressDelay = TimeSpan.Zero },
            string.Empty,
            "lint", "--format", "json", ".");

        Assert.That(shown.ExitCode, Is.EqualTo(plain.ExitCode));
        Assert.That(shown.Stdout, Is.EqualTo(plain.Stdout), "nothing of the bar in the output");
        Assert.That(SummaryLine.Of(shown.Stderr), Is.EqualTo(SummaryLine.Of(plain.Stderr)));
    }

    [Test]
    public void A_real_run_with_redirected_streams_writes_no_progress()
    {
        using var folder = new TempFolder();
        for (var i = 0; i < 20; i++)
        {
            folder.Write($"d{i}.txt", "Zie BWBR001903.");
        }

        var tool = Path.Combine(TestContext.CurrentContext.TestDirectory, "Citaties.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", tool, "lint", "." })
        {
            start.ArgumentList.Add(argument);
        }

        // Not CI, so only the redirection keeps the bar away.
        start.Environment.Remove("CI");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.That(process.ExitCode, Is.EqualTo(1), stderr.Result);
        // Ordinal: a culture-aware search ignores the escape character and would find it everywhere.
        Assert.That(stdout.Contains('\u001b', StringComparison.Ordinal), Is.False);
        Assert.That(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(20));
        Assert.That(stderr.Result.Contains('\u001b', StringComparison.Ordinal), Is.False);
        Assert.That(SummaryLine.Of(stderr.Result).Files, Is.EqualTo(20));
        Assert.That(stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
    }
}
