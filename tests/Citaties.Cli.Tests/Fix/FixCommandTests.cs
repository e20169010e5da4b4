using System.Text;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Fix;

[TestFixture]
public class FixCommandTests
{
    private const string Unfixable = "Zie BWBR001903.\n";
    private const string Clean = "Zie BWBR0001903.\n";

    [Test]
    public void Writes_name_fixed_ext_beside_the_input_by_default()
    {
        using var folder = new TempFolder();
        var input = folder.Write("docs/brief.md", Clean);

        var run = Tool.Run(folder.Path, "fix", "docs/brief.md");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("docs/brief.md: 0 changes written to docs/brief.fixed.md\n"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "docs", "brief.fixed.md")), Is.EqualTo(Clean));
        Assert.That(File.ReadAllText(input), Is.EqualTo(Clean));
    }

    private const string Fixable = "Zie Verordening 2022/2065\nen Verordening 2016/679.\n";
    private const string Fixed = "Zie Verordening (EU) 2022/2065\nen Verordening (EU) 2016/679.\n";

    [Test]
    public void Prints_each_change_with_its_place_and_rules()
    {
        using var folder = new TempFolder();
        var input = folder.Write("brief.txt", Fixable);

        var run = Tool.Run(folder.Path, "fix", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo(
            "brief.txt:1:5: 'Verordening 2022/2065' -> 'Verordening (EU) 2022/2065' (CIT5001)\n" +
            "brief.txt:2:4: 'Verordening 2016/679' -> 'Verordening (EU) 2016/679' (CIT5001)\n" +
            "brief.txt: 2 changes written to brief.fixed.txt\n"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "brief.fixed.txt")), Is.EqualTo(Fixed));
        Assert.That(File.ReadAllText(input), Is.EqualTo(Fixable));
    }

    [Test]
    public void Fixes_in_place_through_a_temporary_file()
    {
        using var folder = new TempFolder();
        var input = folder.Write("brief.txt", Fixable);

        var run = Tool.Run(folder.Path, "fix", "--in-place", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.EndWith("brief.txt: 2 changes written to brief.txt\n"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(Fixed));
        Assert.That(Directory.GetFiles(folder.Path), Is.EqualTo(new[] { input }), "no temporary file is left");
    }

    [Test]
    public void Fixes_html_in_the_markup()
    {
        using var folder = new TempFolder();
        folder.Write("pagina.html", "<p>Zie <i>Verordening 2022/2065</i>.</p>");

        var run = Tool.Run(folder.Path, "fix", "pagina.html");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.StartWith("pagina.html:1:11: 'Verordening 2022/2065' -> 'Verordening (EU) 2022/2065' (CIT5001)\n"));
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "pagina.fixed.html")), Is.EqualTo("<p>Zie <i>Verordening (EU) 2022/2065</i>.</p>"));
    }

    [Test]
    public void Writes_word_fixes_as_tracked_changes_by_default()
    {
        using var folder = new TempFolder();
        var input = WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Titel", "Zie Verordening |2022/2065.");
        var before = File.ReadAllBytes(input);

        var run = Tool.Run(folder.Path, "fix", "ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.StartWith("ontwerp.docx:2:5: 'Verordening 2022/2065' -> 'Verordening (EU) 2022/2065' (CIT5001)\n"));
        Assert.That(run.Stdout, Does.EndWith("ontwerp.docx: 1 change written as tracked changes to ontwerp.fixed.docx\n"));
        Assert.That(WordFiles.Insertions(Path.Combine(folder.Path, "ontwerp.fixed.docx")), Is.Not.Empty);
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
    }

    [Test]
    public void Writes_word_fixes_into_the_text_without_tracking()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie Verordening 2022/2065.");

        var run = Tool.Run(folder.Path, "fix", "ontwerp.docx", "--track-changes=false");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var output = Path.Combine(folder.Path, "ontwerp.fixed.docx");
        Assert.That(WordFiles.Insertions(output), Is.Empty);
        Assert.That(WordFiles.BodyParagraphs(output), Is.EqualTo(new[] { "Zie Verordening (EU) 2022/2065." }));
    }

    [Test]
    public void Writes_to_the_file_given_with_out()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Clean);

        var run = Tool.Run(folder.Path, "fix", "brief.txt", "--out", "uit/nieuw.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), "the folder of --out does not exist: " + run);
        Assert.That(run.Stderr, Does.Contain("uit/nieuw.txt: cannot be written"));
        Directory.CreateDirectory(Path.Combine(folder.Path, "uit"));

        run = Tool.Run(folder.Path, "fix", "brief.txt", "--out", "uit/nieuw.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "uit", "nieuw.txt")), Is.EqualTo(Clean));
        Assert.That(Directory.GetFiles(Path.Combine(folder.Path, "uit"), "*.tmp"), Is.Empty);
    }

    [Test]
    public void Never_overwrites_the_input_without_in_place()
    {
        using var folder = new TempFolder();
        var input = folder.Write("brief.txt", Unfixable);
        var before = File.GetLastWriteTimeUtc(input);

        var run = Tool.Run(folder.Path, "fix", "brief.txt", "--out", "./brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("is the input file"));
        Assert.That(File.ReadAllText(input), Is.EqualTo(Unfixable));
        Assert.That(File.GetLastWriteTimeUtc(input), Is.EqualTo(before));
    }

    [Test]
    public void Leaves_an_unchanged_file_untouched_in_place()
    {
        using var folder = new TempFolder();
        var input = folder.Write("brief.txt", Clean);
        File.SetLastWriteTimeUtc(input, new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var run = Tool.Run(folder.Path, "fix", "--in-place", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("brief.txt: nothing to fix\n"));
        Assert.That(File.GetLastWriteTimeUtc(input), Is.EqualTo(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.That(Directory.GetFiles(folder.Path), Has.Length.EqualTo(1));
    }

    [Test]
    public void Keeps_a_byte_order_mark_and_line_ends()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Zie BWBR0001903.\r\nRegel twee.\r\n")).ToArray();
        folder.WriteBytes("brief.txt", bytes);

        var run = Tool.Run(folder.Path, "fix", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(File.ReadAllBytes(Path.Combine(folder.Path, "brief.fixed.txt")), Is.EqualTo(bytes));
    }

    [Test]
    public void Exits_1_and_lists_findings_at_or_above_fail_on_that_have_no_fix()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Unfixable);

        var run = Tool.Run(folder.Path, "fix", "brief.txt");
        var lenient = Tool.Run(folder.Path, "fix", "--fail-on", "none", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout, Does.Contain("brief.txt: 0 changes written to brief.fixed.txt\n"));
        Assert.That(run.Stdout, Does.Contain("brief.fixed.txt:1:5: error CIT6001:"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "brief.fixed.txt")), Is.True);
        Assert.That(lenient.ExitCode, Is.EqualTo(0), lenient.ToString());
        Assert.That(lenient.Stdout, Does.Not.Contain("CIT6001"));
    }

    [Test]
    public void Documents_its_exit_codes_in_help()
    {
        var run = Tool.Run(TestContext.CurrentContext.WorkDirectory, "fix", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Does.Contain("Exit code 0").And.Contain("1: files were written but findings at or above --fail-on remain")
            .And.Contain("--in-place").And.Contain("--out").And.Contain("--track-changes"));
    }

    [Test]
    public void Rejects_out_with_several_inputs_and_out_with_in_place()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", Clean);
        folder.Write("b.txt", Clean);

        var several = Tool.Run(folder.Path, "fix", "a.txt", "b.txt", "--out", "c.txt");
        var both = Tool.Run(folder.Path, "fix", "a.txt", "--out", "c.txt", "--in-place");

        Assert.That(several.ExitCode, Is.EqualTo(2));
        Assert.That(several.Stderr, Does.Contain("--out needs exactly one input"));
        Assert.That(both.ExitCode, Is.EqualTo(2));
        Assert.That(both.Stderr, Does.Contain("--out and --in-place cannot be combined"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "c.txt")), Is.False);
    }

    [Test]
    public void Refuses_standard_input_and_unreadable_files_and_goes_on()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("kapot.txt", new byte[] { 0xFF });
        folder.Write("a.txt", Clean);

        var run = Tool.Run(folder.Path, "fix", "-", "kapot.txt", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("standard input cannot be fixed").And.Contain("kapot.txt: is not valid UTF-8"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "a.fixed.txt")), Is.True);
        Assert.That(File.Exists(Path.Combine(folder.Path, "kapot.fixed.txt")), Is.False);
    }

    [Test]
    public void Writes_a_fixed_copy_of_a_word_document_and_leaves_the_input_alone()
    {
        using var folder = new TempFolder();
        var input = WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR001903.");
        var before = File.ReadAllBytes(input);

        // The flag without a value does not take the file name as its value.
        var run = Tool.Run(folder.Path, "fix", "--track-changes", "ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout, Does.Contain("ontwerp.docx: 0 changes written as tracked changes to ontwerp.fixed.docx"));
        Assert.That(run.Stdout, Does.Contain("ontwerp.fixed.docx:1:5: error CIT6001:"));
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
        Assert.That(WordFiles.BodyParagraphs(Path.Combine(folder.Path, "ontwerp.fixed.docx")), Is.EqualTo(new[] { "Zie BWBR001903." }));
    }

    [Test]
    public void Writes_word_fixes_directly_with_track_changes_false()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, "fix", "ontwerp.docx", "--track-changes", "false", "--out", "direct.docx");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("ontwerp.docx: 0 changes written to direct.docx\n"));
        Assert.That(WordFiles.BodyParagraphs(Path.Combine(folder.Path, "direct.docx")), Is.EqualTo(new[] { "Zie BWBR0001903." }));
    }

    [Test]
    public void Reports_a_damaged_word_document_with_exit_2()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("kapot.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04 });

        var run = Tool.Run(folder.Path, "fix", "kapot.docx");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.StartWith("citaties: kapot.docx: "));
        Assert.That(File.Exists(Path.Combine(folder.Path, "kapot.fixed.docx")), Is.False);
    }
}
