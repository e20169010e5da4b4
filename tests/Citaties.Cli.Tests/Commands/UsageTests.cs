using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

[TestFixture]
public class UsageTests
{
    private static string Here => TestContext.CurrentContext.WorkDirectory;

    [Test]
    public void Rejects_an_unknown_format_with_exit_code_2()
    {
        var run = Tool.Run(Here, "extract", "--format", "xml", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("xml"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Rejects_an_unknown_option_with_exit_code_2()
    {
        var run = Tool.Run(Here, "extract", "--verbose", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--verbose"));
    }

    [Test]
    public void Rejects_extract_without_inputs_with_exit_code_2()
    {
        var run = Tool.Run(Here, "extract");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("argument missing for command: 'extract'"));
    }

    [Test]
    public void Rejects_a_missing_command_with_exit_code_2()
    {
        var run = Tool.Run(Here);

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("--help"));
    }

    [Test]
    public void Rejects_an_unknown_command_with_exit_code_2()
    {
        var run = Tool.Run(Here, "extrakt", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.Contain("extrakt"));
    }

    [Test]
    public void Shows_help_for_the_tool()
    {
        var run = Tool.Run(Here, "--help");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Does.Contain("extract"));
    }

    [Test]
    public void Shows_help_for_extract()
    {
        var run = Tool.Run(Here, "extract", "--help");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Does.Contain("citaties extract <FILE>... [options]"));
        Assert.That(run.Stdout, Does.Contain("--format"));
        Assert.That(run.Stdout, Does.Contain("text|json"));
        Assert.That(run.Stdout, Does.Contain("standard input"));
    }

    [Test]
    public void Shows_the_version_of_the_tool()
    {
        var run = Tool.Run(Here, "--version");

        Assert.That(run.ExitCode, Is.EqualTo(0));
        Assert.That(run.Stdout, Does.Match(@"^citaties \d+\.\d+\.\d+\S*\n$"));
    }

    [Test]
    public void Treats_an_at_sign_as_part_of_a_file_name_not_a_response_file()
    {
        using var folder = new TempFolder();
        folder.Write("@lijst.txt", "BWBR0001903");

        var run = Tool.Run(folder.Path, "extract", "@lijst.txt");

        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Stdout, Does.StartWith("@lijst.txt:1:1  bwb"));
    }
}
