using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Documents;

/// <summary>Every command that reads documents reads .txt, .md, .html and .docx alike, through the library's document layer.</summary>
[TestFixture]
public class EveryDocumentTypeTests
{
    // CIT1002 fixes the vergaderjaar to 2019/20; the Kamerstuk has an official link.
    private const string Citation = "Kamerstukken II 2019-2020, 35 300, nr. 2";

    private static readonly string[] Types = { "txt", "md", "html", "docx" };

    private static string Write(TempFolder folder, string type) => type switch
    {
        "txt" => folder.Write("brief.txt", "Zie " + Citation + ".\n"),
        "md" => folder.Write("brief.md", "# Brief\n\nZie " + Citation + ".\n"),
        "html" => folder.Write("brief.html", "<html><body><p>Zie " + Citation + ".</p></body></html>\n"),
        _ => WordFiles.Write(Path.Combine(folder.Path, "brief.docx"), "Zie " + Citation + "."),
    };

    [TestCaseSource(nameof(Types))]
    public void Extract_reads_it(string type)
    {
        using var folder = new TempFolder();
        Write(folder, type);

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "brief." + type);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("\"path\": \"brief." + type + "\"").And.Contain("\"kind\": \"kamerstuk\""));
    }

    [TestCaseSource(nameof(Types))]
    public void Lint_reads_it(string type)
    {
        using var folder = new TempFolder();
        Write(folder, type);

        var run = Tool.Run(folder.Path, "lint", "brief." + type);

        Assert.That(run.ExitCode, Is.Not.EqualTo(2), run.ToString());
        Assert.That(run.Stdout, Does.Contain("brief." + type + ":").And.Contain("CIT1002"));
    }

    [TestCaseSource(nameof(Types))]
    public void Fix_writes_it(string type)
    {
        using var folder = new TempFolder();
        Write(folder, type);

        var run = Tool.Run(folder.Path, "fix", "--track-changes", "false", "brief." + type);

        Assert.That(run.ExitCode, Is.Not.EqualTo(2), run.ToString());
        var written = Path.Combine(folder.Path, "brief.fixed." + type);
        var text = type == "docx" ? string.Join("\n", WordFiles.BodyParagraphs(written)) : File.ReadAllText(written);
        Assert.That(text, Does.Contain("Kamerstukken II 2019/20, 35 300, nr. 2"));
    }

    [TestCaseSource(nameof(Types))]
    public void Sources_reads_it(string type)
    {
        using var folder = new TempFolder();
        Write(folder, type);

        var run = Tool.Run(folder.Path, "sources", "brief." + type);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("Parliamentary papers").And.Contain("brief." + type));
    }

    [TestCaseSource(nameof(Types))]
    public void Link_writes_it(string type)
    {
        using var folder = new TempFolder();
        Write(folder, type);

        var run = Tool.Run(folder.Path, "link", "brief." + type);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.Contain("1 link(s) written to brief.linked." + type));
        var written = Path.Combine(folder.Path, "brief.linked." + type);
        switch (type)
        {
            case "docx":
                Assert.That(WordFiles.Links(written), Has.Length.EqualTo(1));
                break;
            case "md":
                Assert.That(File.ReadAllText(written), Does.Contain("[" + Citation + "](https://"));
                break;
            case "html":
                Assert.That(File.ReadAllText(written), Does.Contain("<a href=\"https://").And.Contain(">" + Citation + "</a>"));
                break;
            default:
                Assert.That(File.ReadAllText(written), Does.Contain(Citation + " <https://"));
                break;
        }
    }
}
