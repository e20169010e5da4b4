using System.Xml.Linq;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Lint;

/// <summary><c>--format junit</c>: a failed test case per finding, a passed one per clean file, counts in the suite.</summary>
[TestFixture]
public class LintJunitTests
{
    [Test]
    public void Writes_a_failed_case_per_finding_and_a_passed_case_per_clean_file()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Zie BWBR001903 en <BWBR001904> & meer.");
        folder.Write("b.txt", "Geen verwijzingen.");

        var run = Tool.Run(folder.Path, "lint", "--quiet", "--format", "junit", "a.txt", "b.txt");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
        var suite = XDocument.Parse(run.Stdout).Root!.Element("testsuite")!;
        var cases = suite.Elements("testcase").ToList();
        Assert.Multiple(() =>
        {
            Assert.That((int)suite.Attribute("tests")!, Is.EqualTo(3));
            Assert.That((int)suite.Attribute("failures")!, Is.EqualTo(2));
            Assert.That(cases.Select(c => (string)c.Attribute("classname")!), Is.EqualTo(new[] { "a.txt", "a.txt", "b.txt" }));
            Assert.That((string)cases[0].Attribute("name")!, Is.EqualTo("CIT6001 at line 1, column 5"));
            Assert.That((string)cases[1].Element("failure")!.Attribute("type")!, Is.EqualTo("error"));
            Assert.That(cases[1].Element("failure")!.Value, Does.Contain("text: BWBR001904"));
            Assert.That(cases[2].Element("failure"), Is.Null);
        });
    }
}
