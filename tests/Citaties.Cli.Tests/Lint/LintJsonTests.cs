using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

[TestFixture]
public class LintJsonTests
{
    [Test]
    public void Prints_the_machine_interface()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", LintTextTests.Malformed);
        folder.Write("schoon.md", LintTextTests.Clean);

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "brief.txt", "schoon.md");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        using var json = run.Json();
        LintJson.AssertShape(json);
        Assert.That(LintJson.Paths(json), Is.EqualTo(new[] { "brief.txt", "schoon.md" }));
        Assert.That(LintJson.Diagnostics(json, 1), Is.Empty);
        var d = LintJson.Diagnostics(json, 0).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.GetProperty("id").GetString(), Is.EqualTo("CIT6001"));
            Assert.That(d.GetProperty("severity").GetString(), Is.EqualTo("error"));
            Assert.That(d.GetProperty("start").GetInt32(), Is.EqualTo(4));
            Assert.That(d.GetProperty("length").GetInt32(), Is.EqualTo(10));
            Assert.That(d.GetProperty("line").GetInt32(), Is.EqualTo(1));
            Assert.That(d.GetProperty("column").GetInt32(), Is.EqualTo(5));
            Assert.That(d.GetProperty("text").GetString(), Is.EqualTo("BWBR001903"));
            Assert.That(d.GetProperty("fix").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        });
    }

    [Test]
    public void Gives_the_replacement_text_as_fix()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", "Zie Verordening 2022/2065.");

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "brief.txt");

        using var json = run.Json();
        LintJson.AssertShape(json);
        var d = LintJson.Diagnostics(json, 0).Single();
        Assert.That(d.GetProperty("id").GetString(), Is.EqualTo("CIT5001"));
        Assert.That(d.GetProperty("severity").GetString(), Is.EqualTo("warning"));
        Assert.That(d.GetProperty("text").GetString(), Is.EqualTo("Verordening 2022/2065"));
        Assert.That(d.GetProperty("fix").GetString(), Is.EqualTo("Verordening (EU) 2022/2065"));
    }

    [Test]
    public void Gives_offsets_into_the_html_file_and_the_text_as_scanned()
    {
        using var folder = new TempFolder();
        const string Html = "<p>Zie <i>BWBR&#48;01903</i></p>";
        folder.Write("a.html", Html);

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "a.html");

        using var json = run.Json();
        var d = LintJson.Diagnostics(json, 0).Single();
        var start = d.GetProperty("start").GetInt32();
        var length = d.GetProperty("length").GetInt32();
        Assert.That(Html.Substring(start, length), Is.EqualTo("BWBR&#48;01903"));
        Assert.That(d.GetProperty("text").GetString(), Is.EqualTo("BWBR001903"));
    }

    [Test]
    public void Names_the_part_and_paragraph_of_a_word_finding()
    {
        using var folder = new TempFolder();
        WordFiles.Write(Path.Combine(folder.Path, "ontwerp.docx"), "Eerste alinea.", "Zie BWBR|001903 hier.");

        var run = Tool.Run(folder.Path, "lint", "--format", "json", "ontwerp.docx");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        using var json = run.Json();
        LintJson.AssertShape(json);
        var d = LintJson.Diagnostics(json, 0).Single();
        Assert.Multiple(() =>
        {
            Assert.That(d.GetProperty("part").GetString(), Is.EqualTo("/word/document.xml"));
            Assert.That(d.GetProperty("paragraph").GetInt32(), Is.EqualTo(2));
            Assert.That(d.GetProperty("text").GetString(), Is.EqualTo("BWBR001903"));
            Assert.That(d.GetProperty("line").GetInt32(), Is.EqualTo(2));
            Assert.That(d.GetProperty("column").GetInt32(), Is.EqualTo(5));
        });
    }
}
