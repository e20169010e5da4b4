using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Sources;

[TestFixture]
public class SourcesCommandTests
{
    private const string Letter = "Zie BWBR0001903 en ECLI:NL:HR:2016:162.\nOok Kamerstukken II 2019/20, 35 300, nr. 2 en BWBR0001903.\n";

    [Test]
    public void Lists_each_source_once_by_group_with_where_it_is_cited()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Titel", "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, "sources", "brief.txt", "ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo(
            "Legislation\n" +
            "  BWBR0001903  (3x)  https://wetten.overheid.nl/BWBR0001903\n" +
            "      brief.txt:1:5\n" +
            "      brief.txt:2:47\n" +
            "      ontwerp.docx /word/document.xml paragraph 2\n" +
            "Parliamentary papers\n" +
            "  Kamerstukken II 2019/20, 35 300, nr. 2  (1x)  https://zoek.officielebekendmakingen.nl/kst-35300-2.html\n" +
            "      brief.txt:2:5\n" +
            "Case law\n" +
            "  ECLI:NL:HR:2016:162  (1x)  https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162\n" +
            "      brief.txt:1:20\n"));
    }

    [Test]
    public void Writes_a_markdown_table_per_group()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);

        var run = Tool.Run(folder.Path, "sources", "--format", "md", "brief.txt");

        Assert.That(run.Stdout, Does.StartWith("## Legislation\n\n| Source | Cited at |\n|---|---|\n| [BWBR0001903](https://wetten.overheid.nl/BWBR0001903) | brief.txt:1:5; brief.txt:2:47 |\n"));
        Assert.That(run.Stdout, Does.Contain("\n## Case law\n"));
    }

    [Test]
    public void Writes_json_with_places_by_line_or_paragraph()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Zie ECLI:NL:HR:2016:162.");

        var run = Tool.Run(folder.Path, "sources", "--format", "json", "brief.txt", "ontwerp.docx");

        using var json = run.Json();
        var groups = json.RootElement.GetProperty("groups").EnumerateArray().ToArray();
        Assert.That(groups.Select(g => g.GetProperty("group").GetString()), Is.EqualTo(new[] { "legislation", "parliamentaryPapers", "caseLaw" }));
        var ecli = groups[2].GetProperty("sources").EnumerateArray().Single();
        Assert.That(ecli.GetProperty("source").GetString(), Is.EqualTo("ECLI:NL:HR:2016:162"));
        var places = ecli.GetProperty("citations").EnumerateArray().ToArray();
        Assert.That(places[0].GetProperty("path").GetString(), Is.EqualTo("brief.txt"));
        Assert.That(places[0].GetProperty("line").GetInt32(), Is.EqualTo(1));
        Assert.That(places[0].GetProperty("column").GetInt32(), Is.EqualTo(20));
        Assert.That(places[1].GetProperty("path").GetString(), Is.EqualTo("ontwerp.docx"));
        Assert.That(places[1].GetProperty("part").GetString(), Is.EqualTo("/word/document.xml"));
        Assert.That(places[1].GetProperty("paragraph").GetInt32(), Is.EqualTo(1));
    }

    [Test]
    public void Reports_bad_inputs_with_exit_2_and_lists_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);
        folder.WriteBytes("kapot.docx", new byte[] { 1, 2, 3 });

        var run = Tool.Run(folder.Path, "sources", "kapot.docx", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: kapot.docx: "));
        Assert.That(run.Stdout, Does.Contain("BWBR0001903"));
    }
}
