using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

[TestFixture]
public class LintTextTests
{
    internal const string Malformed = "Zie BWBR001903 voor de wet.\nEn BWBR0001903 is goed.\n";
    internal const string Clean = "Zie BWBR0001903.\n";

    [Test]
    public void Prints_one_line_per_finding_in_compiler_form()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Malformed);

        var run = Tool.Run(folder.Path, "lint", "--quiet", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("brief.txt:1:5: error CIT6001: 'BWBR001903' is geen geldig BWB-id: het heeft 6 cijfers in plaats van 7\n"));
        Assert.That(run.Stderr, Is.Empty);
    }

    [Test]
    public void Prints_the_fix_below_a_finding_that_has_one()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", "Zie Verordening 2022/2065.\n");

        var run = Tool.Run(folder.Path, "lint", "--lang", "en", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), "a warning does not fail at the default level: " + run);
        Assert.That(run.Stdout, Does.StartWith("brief.txt:1:5: warning CIT5001: "));
        Assert.That(run.Stdout, Does.EndWith("\n    fix: Verordening (EU) 2022/2065\n"));
    }

    [Test]
    public void Prints_nothing_and_exits_0_for_a_clean_file()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Clean);

        var run = Tool.Run(folder.Path, "lint", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.Empty);
    }

    [TestCase("error", 1)]
    [TestCase("warning", 1)]
    [TestCase("info", 1)]
    [TestCase("none", 0)]
    public void Fails_on_findings_at_or_above_the_fail_on_level(string failOn, int expected)
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Malformed);

        var run = Tool.Run(folder.Path, "lint", "--fail-on", failOn, "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(expected), run.ToString());
        Assert.That(run.Stdout, Does.Contain("CIT6001"));
    }

    [Test]
    public void Does_not_fail_on_findings_below_the_fail_on_level()
    {
        using var folder = new TempFolder();
        folder.Write("citaties.json", "{ \"rules\": { \"CIT6001\": \"warning\" } }");
        folder.Write("brief.txt", Malformed);

        Assert.Multiple(() =>
        {
            var byDefault = Tool.Run(folder.Path, "lint", "brief.txt");
            Assert.That(byDefault.ExitCode, Is.EqualTo(0), byDefault.ToString());
            Assert.That(byDefault.Stdout, Does.Contain(": warning CIT6001:"));
            Assert.That(Tool.Run(folder.Path, "lint", "--fail-on", "warning", "brief.txt").ExitCode, Is.EqualTo(1));
        });
    }

    [Test]
    public void Writes_messages_in_english_with_lang_en()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Malformed);

        var run = Tool.Run(folder.Path, "lint", "--lang", "en", "brief.txt");

        Assert.That(run.Stdout, Does.Contain("'BWBR001903' is not a valid BWB id: it has 6 digits instead of 7"));
    }

    [Test]
    public void Colours_the_severity_only_when_asked()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Malformed);

        var plain = Tool.Run(folder.Path, "lint", "brief.txt");
        var coloured = Tool.RunWith(new CliSettings { WorkingDirectory = folder.Path, UseColour = true }, string.Empty, "lint", "brief.txt");

        Assert.That(plain.Stdout, Does.Not.Contain("\u001b["));
        Assert.That(coloured.Stdout, Does.Contain("\u001b[1;31merror\u001b[0m"));
    }

    [Test]
    public void Locates_findings_in_html_in_the_file_itself()
    {
        using var folder = new TempFolder();
        folder.Write("pagina.html", "<html><body>\n<p>Zie <b>BWBR001903</b>.</p>\n</body></html>");

        var run = Tool.Run(folder.Path, "lint", "pagina.html");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout, Does.StartWith("pagina.html:2:11: error CIT6001:"));
    }

    [Test]
    public void Reads_standard_input()
    {
        var run = Tool.RunWithStdin(TestContext.CurrentContext.WorkDirectory, Malformed, "lint", "-");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout, Does.StartWith("-:1:5: error CIT6001:"));
    }

    [Test]
    public void Reports_an_unreadable_input_with_exit_2_and_goes_on_with_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Malformed);
        folder.WriteBytes("kapot.txt", new byte[] { 0x41, 0xFF, 0x42 });

        var run = Tool.Run(folder.Path, "lint", "kapot.txt", "weg.txt", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("kapot.txt: is not valid UTF-8"));
        Assert.That(run.Stderr, Does.Contain("weg.txt: no such file or folder"));
        Assert.That(run.Stdout, Does.Contain("brief.txt:1:5: error CIT6001"));
    }

    [Test]
    public void Takes_docx_files_from_folders_but_not_word_lock_files()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.txt", Malformed);
        WordFiles.Write(Path.Combine(folder.Path, "docs", "b.docx"), "Zie BWBR001903.");
        folder.WriteBytes("docs/~$b.docx", new byte[] { 1, 2, 3 });

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "docs");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        using var json = run.Json();
        Assert.That(LintJson.Paths(json), Is.EqualTo(new[] { "docs/a.txt", "docs/b.docx" }));
    }

    [Test]
    public void Rejects_an_unknown_format_profile_or_fail_on_level_with_exit_2()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Tool.Run(TestContext.CurrentContext.WorkDirectory, "lint", "--format", "xml", "a.txt").ExitCode, Is.EqualTo(2));
            Assert.That(Tool.Run(TestContext.CurrentContext.WorkDirectory, "lint", "--profile", "wet", "a.txt").ExitCode, Is.EqualTo(2));
            Assert.That(Tool.Run(TestContext.CurrentContext.WorkDirectory, "lint", "--fail-on", "fatal", "a.txt").ExitCode, Is.EqualTo(2));
            Assert.That(Tool.Run(TestContext.CurrentContext.WorkDirectory, "lint", "--lang", "de", "a.txt").ExitCode, Is.EqualTo(2));
        });
    }

    [Test]
    public void Shows_its_options_in_help()
    {
        var run = Tool.Run(TestContext.CurrentContext.WorkDirectory, "lint", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Does.Contain("text|json|sarif").And.Contain("regeling|toelichting|kamerstuk|literatuur")
            .And.Contain("error|warning|info|none").And.Contain("--config").And.Contain("--catalog").And.Contain("nl|en").And.Contain("--annotate"));
        Assert.That(run.Stdout, Does.Contain("text|json|sarif|github|gitlab|junit").And.Contain("--exclude <GLOB>").And.Contain("--changed-since <REF>")
            .And.Contain("--baseline <FILE>").And.Contain("--write-baseline <FILE>").And.Contain("--quiet").And.Contain("default: the number of cores"));
    }
}
