namespace Citaties.Cli.Tests.Output;

[TestFixture]
public class ColourPolicyTests
{
    [TestCase(true, null, true)]
    [TestCase(true, "", true)]
    [TestCase(true, "1", false)]
    [TestCase(false, null, false)]
    [TestCase(false, "1", false)]
    public void Colours_a_terminal_unless_NO_COLOR_is_set(bool isTerminal, string? noColor, bool expected)
    {
        Assert.That(ColourPolicy.ShouldUseColour(isTerminal, noColor), Is.EqualTo(expected));
    }
}
