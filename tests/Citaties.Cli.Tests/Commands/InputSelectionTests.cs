using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

[TestFixture]
public class InputSelectionTests
{
    [Test]
    public void Reads_standard_input_for_a_dash()
    {
        var run = Tool.RunWithStdin(TestContext.CurrentContext.WorkDirectory, "Zie\nBWBR0001903.", "extract", "-");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo("-:2:1  bwb  BWBR0001903  ->  BWBR0001903\n"));
    }

    [Test]
    public void Mixes_standard_input_and_files_in_the_order_given()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "BWBR0000001");

        var run = Tool.RunWithStdin(folder.Path, "BWBR0000002", "extract", "--format", "json", "a.txt", "-");

        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "a.txt", "-" }));
        Assert.That(MachineInterface.Citations(json, 1)[0].GetProperty("text").GetString(), Is.EqualTo("BWBR0000002"));
    }

    [Test]
    public void Walks_a_folder_recursively_in_ordinal_path_order_taking_only_documents()
    {
        using var folder = new TempFolder();
        folder.Write("docs/b.txt", "BWBR0000002");
        folder.Write("docs/a.md", "BWBR0000001");
        folder.Write("docs/sub/c.html", "<p>BWBR0000003</p>");
        folder.Write("docs/sub/d.HTM", "<p>BWBR0000004</p>");
        folder.Write("docs/B.txt", "BWBR0000005");
        folder.Write("docs/plaatje.png", "BWBR0000006");
        WordFiles.Write(Path.Combine(folder.Path, "docs", "notities.docx"), "BWBR0000007");
        folder.Write("docs/.git/HEAD.txt", "BWBR0000008");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "docs");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = run.Json();
        Assert.That(
            MachineInterface.Paths(json),
            Is.EqualTo(new[] { "docs/B.txt", "docs/a.md", "docs/b.txt", "docs/notities.docx", "docs/sub/c.html", "docs/sub/d.HTM" }));
    }

    [TestCase("docs/", "docs/a.txt")]
    [TestCase(".", "docs/a.txt")]
    [TestCase("./docs", "./docs/a.txt")]
    public void Shows_folder_contents_below_the_folder_as_given(string argument, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.txt", "BWBR0000001");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", argument);

        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Keeps_the_order_of_the_arguments_before_sorting_within_a_folder()
    {
        using var folder = new TempFolder();
        folder.Write("z.txt", "BWBR0000001");
        folder.Write("map/b.txt", "BWBR0000002");
        folder.Write("map/a.txt", "BWBR0000003");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "z.txt", "map");

        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "z.txt", "map/a.txt", "map/b.txt" }));
    }

    [Test]
    public void Expands_a_pattern_within_one_folder()
    {
        using var folder = new TempFolder();
        folder.Write("docs/b.txt", "BWBR0000002");
        folder.Write("docs/a.txt", "BWBR0000001");
        folder.Write("docs/c.md", "BWBR0000003");
        folder.Write("docs/sub/d.txt", "BWBR0000004");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "docs/*.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "docs/a.txt", "docs/b.txt" }));
    }

    [Test]
    public void Expands_a_double_star_pattern_through_every_folder()
    {
        using var folder = new TempFolder();
        folder.Write("README.md", "BWBR0000001");
        folder.Write("docs/a.md", "BWBR0000002");
        folder.Write("docs/deep/er/b.md", "BWBR0000003");
        folder.Write("docs/c.txt", "BWBR0000004");
        folder.Write(".hidden/d.md", "BWBR0000005");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "**/*.md");

        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "README.md", "docs/a.md", "docs/deep/er/b.md" }));
    }

    [Test]
    public void Expands_a_pattern_in_the_middle_of_a_path()
    {
        using var folder = new TempFolder();
        folder.Write("2023/brieven/a.txt", "BWBR0000001");
        folder.Write("2024/brieven/b.txt", "BWBR0000002");
        folder.Write("2024/notas/c.txt", "BWBR0000003");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "20??/brieven/*");

        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "2023/brieven/a.txt", "2024/brieven/b.txt" }));
    }
}
