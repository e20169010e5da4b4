using Citaties.Cli.Inputs;

namespace Citaties.Cli.Tests.Inputs;

[TestFixture]
public class GlobTests
{
    [TestCase("*.txt", "brief.txt", true)]
    [TestCase("*.txt", "brief.md", false)]
    [TestCase("*.txt", ".verborgen.txt", false)]
    [TestCase(".*.txt", ".verborgen.txt", true)]
    [TestCase("b?ief.txt", "brief.txt", true)]
    [TestCase("b?ief.txt", "bief.txt", false)]
    [TestCase("*a*b*", "xaybz", true)]
    [TestCase("*a*b", "xaybz", false)]
    [TestCase("*", "", true)]
    [TestCase("brief", "brief", true)]
    public void Matches_one_segment(string pattern, string name, bool expected)
    {
        Assert.That(Glob.MatchesSegment(pattern, name), Is.EqualTo(expected));
    }

    [TestCase("docs/*.txt", true)]
    [TestCase("**/*.md", true)]
    [TestCase("brief?.txt", true)]
    [TestCase("docs/brief.txt", false)]
    public void Knows_a_pattern_by_its_wildcards(string argument, bool expected)
    {
        Assert.That(Glob.IsPattern(argument), Is.EqualTo(expected));
    }
}
