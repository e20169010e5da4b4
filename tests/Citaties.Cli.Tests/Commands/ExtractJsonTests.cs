using System.Text;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

[TestFixture]
public class ExtractJsonTests
{
    private const string Letter = "Zie BWBR0001903 voor het Wetboek van Strafvordering\nen BWBR0005537 voor de Awb.\n";

    [Test]
    public void Prints_the_machine_interface()
    {
        using var folder = new TempFolder();
        folder.Write("brief.txt", Letter);

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "brief.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stderr, Is.Empty);
        using var json = run.Json();
        MachineInterface.AssertShape(json);
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "brief.txt" }));
        var citations = MachineInterface.Citations(json, 0);
        Assert.That(citations.Select(c => c.GetProperty("text").GetString()), Is.EqualTo(new[] { "BWBR0001903", "Wetboek van Strafvordering", "BWBR0005537" }));
        Assert.That(citations[1].GetProperty("kind").GetString(), Is.EqualTo("law"), "a law named alone");
        Assert.Multiple(() =>
        {
            var first = citations[0];
            Assert.That(first.GetProperty("kind").GetString(), Is.EqualTo("bwb"));
            Assert.That(first.GetProperty("start").GetInt32(), Is.EqualTo(4));
            Assert.That(first.GetProperty("length").GetInt32(), Is.EqualTo(11));
            Assert.That(first.GetProperty("canonical").GetString(), Is.EqualTo("BWBR0001903"));
            Assert.That(first.GetProperty("fields").GetProperty("value").GetString(), Is.EqualTo("BWBR0001903"));
            Assert.That(first.GetProperty("links")[0].GetString(), Is.EqualTo("https://wetten.overheid.nl/BWBR0001903"));
        });
        MachineInterface.AssertSpansMatchText(json, _ => Letter);
    }

    [Test]
    public void Lists_a_file_without_citations_with_an_empty_list()
    {
        using var folder = new TempFolder();
        folder.Write("leeg.txt", "Geen verwijzingen hier.");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "leeg.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "leeg.txt" }));
        Assert.That(MachineInterface.Citations(json, 0), Is.Empty);
    }

    [Test]
    public void Is_indented_with_unix_line_ends_and_readable_non_ascii()
    {
        using var folder = new TempFolder();
        folder.Write("één.txt", "Zie BWBR0001903.");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "één.txt");

        Assert.That(run.Stdout, Does.StartWith("{\n  \"files\": ["));
        Assert.That(run.Stdout, Does.Not.Contain("\r"));
        Assert.That(run.Stdout, Does.Contain("\"path\": \"één.txt\""));
        Assert.That(run.Stdout, Does.EndWith("}\n"));
    }

    [Test]
    public void Counts_offsets_after_a_byte_order_mark()
    {
        using var folder = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Zie BWBR0001903.")).ToArray();
        folder.WriteBytes("bom.txt", bytes);

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "bom.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        using var json = run.Json();
        Assert.That(MachineInterface.Citations(json, 0)[0].GetProperty("start").GetInt32(), Is.EqualTo(4));
    }

    [Test]
    public void Keeps_paths_as_given_with_forward_slashes()
    {
        using var folder = new TempFolder();
        folder.Write("docs/a.txt", "BWBR0001903");
        var absolute = Path.Combine(folder.Path, "docs", "a.txt");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "docs/a.txt", "./docs/a.txt", absolute);

        using var json = run.Json();
        Assert.That(
            MachineInterface.Paths(json),
            Is.EqualTo(new[] { "docs/a.txt", "./docs/a.txt", absolute.Replace('\\', '/') }));
    }
}
