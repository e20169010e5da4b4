using Citaties.Cli.Output.Lint;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary>
/// <c>--format github</c>: one workflow command per finding, escaped as the Actions runner reads it back: in the
/// message <c>%</c>, CR and LF; in properties also <c>:</c> and <c>,</c>.
/// </summary>
[TestFixture]
public class LintGithubTests
{
    [TestCase("100% zeker", "100%25 zeker")]
    [TestCase("regel een\nregel twee\r\n", "regel een%0Aregel twee%0D%0A")]
    [TestCase("a: b, c", "a: b, c")]
    [TestCase("%0A is al gecodeerd", "%250A is al gecodeerd")]
    public void Escapes_data(string message, string expected)
    {
        Assert.That(GithubOutput.EscapeData(message), Is.EqualTo(expected));
    }

    [TestCase("docs/a,b:c.txt", "docs/a%2Cb%3Ac.txt")]
    [TestCase("50%.md", "50%25.md")]
    [TestCase("x\ny", "x%0Ay")]
    public void Escapes_properties(string value, string expected)
    {
        Assert.That(GithubOutput.EscapeProperty(value), Is.EqualTo(expected));
    }

    [Test]
    public void Writes_one_command_per_finding_with_place_rule_and_severity()
    {
        using var folder = new TempFolder();
        folder.Write("a,b:c.txt", "Regel een.\nZie BWBR001903.\nKamerstukken II 2018/2019, 35 000 VI, nr. 5.\n");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "--format", "github", "a,b:c.txt");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(2), run.Stdout);
        Assert.That(lines[0], Is.EqualTo(
            "::error file=a%2Cb%3Ac.txt,line=2,col=5,endLine=2,endColumn=15,title=CIT6001::"
            + "'BWBR001903' is geen geldig BWB-id: het heeft 6 cijfers in plaats van 7"));
        Assert.That(lines[1], Does.StartWith("::notice file=a%2Cb%3Ac.txt,line=3,").And.Contain(",title=CIT1002::").And.Contain("(fix: 2018/19)"));
    }
}
