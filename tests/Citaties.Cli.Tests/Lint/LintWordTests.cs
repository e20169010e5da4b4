using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

[TestFixture]
public class LintWordTests
{
    [Test]
    public void Shows_the_paragraph_of_a_finding_for_context()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Memorie van toelichting", "Zie |BWBR001903| voor de wet.");

        var run = Tool.Run(folder.Path, "lint", "ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo(
            "ontwerp.docx:2:5: error CIT6001: 'BWBR001903' is geen geldig BWB-id: het heeft 6 cijfers in plaats van 7\n" +
            "    in /word/document.xml, paragraph 2: Zie BWBR001903 voor de wet.\n"));
    }

    [Test]
    public void Reports_a_damaged_docx_with_exit_2_and_goes_on_with_the_others()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("kapot.docx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3 });
        folder.Write("tekst.docx", "Dit is geen Word-document.");
        folder.Write("a.txt", "BWBR001903");
        WordFiles.Write(Path.Combine(folder.Path, "goed.docx"), "BWBR001903");

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "kapot.docx", "tekst.docx", "a.txt", "goed.docx");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("citaties: kapot.docx: "));
        Assert.That(run.Stderr, Does.Contain("citaties: tekst.docx: "));
        using var json = run.Json();
        LintJson.AssertShape(json);
        Assert.That(LintJson.Paths(json), Is.EqualTo(new[] { "a.txt", "goed.docx" }));
    }

    [Test]
    public void Annotates_a_copy_with_a_comment_per_finding_and_leaves_the_input_alone()
    {
        using var folder = new TempFolder();
        var input = WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR001903 en BWBR00019030.");
        var before = File.ReadAllBytes(input);

        var run = Tool.Run(folder.Path, "lint", "ontwerp.docx", "--annotate", "met-opmerkingen.docx");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        Assert.That(run.Stdout.Split('\n').Count(l => l.Contains("CIT6001")), Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("wrote met-opmerkingen.docx with 2 comment(s)"));
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
        var comments = WordFiles.Comments(Path.Combine(folder.Path, "met-opmerkingen.docx"));
        Assert.That(comments, Has.Length.EqualTo(2));
        Assert.That(comments, Has.All.StartWith("CIT6001 (error)"));
    }

    [Test]
    public void Refuses_to_annotate_over_the_input()
    {
        using var folder = new TempFolder();
        var input = WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR001903.");
        var before = File.ReadAllBytes(input);

        var run = Tool.Run(folder.Path, "lint", "ontwerp.docx", "--annotate", "ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(2), run.ToString());
        Assert.That(run.Stderr, Does.Contain("is the input file"));
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
    }

    [Test]
    public void Annotates_only_a_single_docx_input()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "BWBR001903");
        WordFiles.Write(Path.Combine(folder.Path, "b.docx"), "BWBR001903");
        WordFiles.Write(Path.Combine(folder.Path, "c.docx"), "BWBR001903");

        var text = Tool.Run(folder.Path, "lint", "a.txt", "--annotate", "uit.docx");
        var two = Tool.Run(folder.Path, "lint", "b.docx", "c.docx", "--annotate", "uit.docx");

        Assert.That(text.ExitCode, Is.EqualTo(2));
        Assert.That(text.Stderr, Does.Contain("--annotate needs exactly one .docx input"));
        Assert.That(two.ExitCode, Is.EqualTo(2));
        Assert.That(File.Exists(Path.Combine(folder.Path, "uit.docx")), Is.False);
    }
}
