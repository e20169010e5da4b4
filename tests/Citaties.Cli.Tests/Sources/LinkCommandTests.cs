using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Sources;

[TestFixture]
public class LinkCommandTests
{
    [Test]
    public void Writes_a_linked_copy_and_leaves_the_input_alone()
    {
        using var folder = new TempFolder();
        var input = WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR0001903 en ECLI:NL:HR:2016:162.");
        var before = File.ReadAllBytes(input);

        var run = Tool.Run(folder.Path, "link", "ontwerp.docx", "--out", "gelinkt.docx");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("ontwerp.docx: 2 link(s) written to gelinkt.docx\n"));
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
        Assert.That(
            WordFiles.Links(Path.Combine(folder.Path, "gelinkt.docx")),
            Is.EqualTo(new[] { "https://wetten.overheid.nl/BWBR0001903", "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162" }));
    }

    [Test]
    public void Writes_name_linked_docx_by_default()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "stukken", "ontwerp.docx"), "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, "link", "stukken/ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("stukken/ontwerp.docx: 1 link(s) written to stukken/ontwerp.linked.docx\n"));
        Assert.That(File.Exists(Path.Combine(folder.Path, "stukken", "ontwerp.linked.docx")), Is.True);
    }

    [Test]
    public void Refuses_the_input_as_output_and_damaged_documents_and_links_text_files_too()
    {
        using var folder = new TempFolder();
        var input = WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie BWBR0001903.");
        var before = File.ReadAllBytes(input);
        folder.Write("a.txt", "BWBR0001903");
        folder.WriteBytes("kapot.docx", new byte[] { 1, 2, 3 });

        var over = Tool.Run(folder.Path, "link", "ontwerp.docx", "--out", "ontwerp.docx");
        var text = Tool.Run(folder.Path, "link", "a.txt");
        var damaged = Tool.Run(folder.Path, "link", "kapot.docx");

        Assert.That(over.ExitCode, Is.EqualTo(2));
        Assert.That(over.Stderr, Does.Contain("is the input file"));
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
        Assert.That(text.ExitCode, Is.EqualTo(0), text.ToString());
        Assert.That(File.ReadAllText(Path.Combine(folder.Path, "a.linked.txt")), Does.StartWith("BWBR0001903 <https://wetten.overheid.nl/"));
        Assert.That(damaged.ExitCode, Is.EqualTo(2));
        Assert.That(damaged.Stderr, Does.StartWith("citaties: kapot.docx: "));
    }
}
