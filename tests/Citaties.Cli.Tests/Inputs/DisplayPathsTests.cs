using Citaties.Cli.Inputs;

namespace Citaties.Cli.Tests.Inputs;

[TestFixture]
public class DisplayPathsTests
{
    [TestCase("docs", "a.txt", "docs/a.txt")]
    [TestCase("docs/", "sub/a.txt", "docs/sub/a.txt")]
    [TestCase(".", "a.txt", "a.txt")]
    [TestCase("./", "a.txt", "a.txt")]
    [TestCase("/", "a.txt", "/a.txt")]
    [TestCase("../docs", "a.txt", "../docs/a.txt")]
    public void Joins_a_folder_as_given_with_a_file_below_it(string folder, string relative, string expected)
    {
        Assert.That(DisplayPaths.Join(folder, relative), Is.EqualTo(expected));
    }
}
