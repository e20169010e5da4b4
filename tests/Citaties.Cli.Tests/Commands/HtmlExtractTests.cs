using System.Text.RegularExpressions;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

[TestFixture]
public class HtmlExtractTests
{
    private const string Page =
        "<!DOCTYPE html>\n<html><head><title>Brief</title>\n" +
        "<style>p::before { content: \"BWBR0000009\"; }</style>\n" +
        "<script>var id = 'BWBR0000008';</script></head>\n" +
        "<body><!-- BWBR0000007 -->\n" +
        "<p>Caf&eacute;&nbsp;&amp;&#160;co: zie <a href=\"https://wetten.overheid.nl/BWBR0001903\">BWBR0001903</a>.</p>\n" +
        "<p>Ook <b>BWBR</b>0005537 en &#x42;WBR0001854.</p>\n" +
        "</body></html>\n";

    [Test]
    public void Reports_offsets_into_the_original_file()
    {
        using var folder = new TempFolder();
        folder.Write("brief.html", Page);

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "brief.html");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = run.Json();
        MachineInterface.AssertShape(json);
        var citations = MachineInterface.Citations(json, 0);
        Assert.That(
            citations.Select(c => c.GetProperty("text").GetString()),
            Is.EqualTo(new[] { "BWBR0001903", "BWBR0005537", "BWBR0001854" }),
            "ids in script, style, comments and attribute values are not text");
        foreach (var citation in citations)
        {
            var start = citation.GetProperty("start").GetInt32();
            var length = citation.GetProperty("length").GetInt32();
            var original = Page.Substring(start, length);
            var withoutTags = Regex.Replace(original, "<[^>]*>", string.Empty).Replace("&#x42;", "B", StringComparison.Ordinal);
            Assert.That(withoutTags, Is.EqualTo(citation.GetProperty("text").GetString()), original);
        }

        Assert.That(Page.Substring(citations[1].GetProperty("start").GetInt32(), citations[1].GetProperty("length").GetInt32()), Is.EqualTo("BWBR</b>0005537"));
        Assert.That(Page.Substring(citations[2].GetProperty("start").GetInt32(), citations[2].GetProperty("length").GetInt32()), Is.EqualTo("&#x42;WBR0001854"));
    }

    [Test]
    public void Reports_lines_and_columns_of_the_original_file()
    {
        using var folder = new TempFolder();
        folder.Write("brief.htm", "<html>\n<body>\n  <p>&nbsp;&nbsp;BWBR0001903</p>\n</body>\n</html>\n");

        var run = Tool.Run(folder.Path, "extract", "brief.htm");

        Assert.That(run.Stdout, Is.EqualTo("brief.htm:3:18  bwb  BWBR0001903  ->  BWBR0001903\n"));
    }

    [Test]
    public void Reads_markdown_as_plain_text()
    {
        using var folder = new TempFolder();
        const string markdown = "# Brief\n\nZie <b>BWBR0001903</b> en `BWBR0005537`.\n";
        folder.Write("brief.md", markdown);

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "brief.md");

        using var json = run.Json();
        Assert.That(MachineInterface.AssertSpansMatchText(json, _ => markdown), Is.EqualTo(2));
    }
}
