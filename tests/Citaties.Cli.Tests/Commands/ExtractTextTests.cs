using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

[TestFixture]
public class ExtractTextTests
{
    [Test]
    public void Prints_one_line_per_citation_with_line_and_column()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", "Eerste regel.\r\nZie BWBR0001903 en\nook BWBR0005537.\n");

        var run = Tool.Run(folder.Path, "extract", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Is.EqualTo(
            "brief.txt:2:5  bwb  BWBR0001903  ->  BWBR0001903\n" +
            "brief.txt:3:5  bwb  BWBR0005537  ->  BWBR0005537\n"));
    }

    [Test]
    public void Is_the_default_format_and_the_same_as_asking_for_text()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "BWBR0001903");

        var byDefault = Tool.Run(folder.Path, "extract", "a.txt");
        var asked = Tool.Run(folder.Path, "extract", "--format", "text", "a.txt");
        var shortOption = Tool.Run(folder.Path, "extract", "-f", "text", "a.txt");

        Assert.That(byDefault.Stdout, Is.EqualTo("a.txt:1:1  bwb  BWBR0001903  ->  BWBR0001903\n"));
        Assert.That(asked.Stdout, Is.EqualTo(byDefault.Stdout));
        Assert.That(shortOption.Stdout, Is.EqualTo(byDefault.Stdout));
    }

    [Test]
    public void Prints_nothing_for_files_without_citations()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Niets te zien.");

        var run = Tool.Run(folder.Path, "extract", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Colours_only_when_asked()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "BWBR0001903");
        var coloured = Tool.RunWith(new CliSettings { WorkingDirectory = folder.Path, UseColour = true }, string.Empty, "extract", "a.txt");
        var plain = Tool.RunWith(new CliSettings { WorkingDirectory = folder.Path, UseColour = false }, string.Empty, "extract", "a.txt");

        // Equality, not Does.Contain: a culture-aware search ignores control characters such as ESC.
        Assert.That(coloured.Stdout, Is.EqualTo(
            "\u001b[36ma.txt:1:1\u001b[0m  \u001b[33mbwb\u001b[0m  BWBR0001903  ->  \u001b[32mBWBR0001903\u001b[0m\n"));
        Assert.That(plain.Stdout, Is.EqualTo("a.txt:1:1  bwb  BWBR0001903  ->  BWBR0001903\n"));
    }
}
