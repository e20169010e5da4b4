using Citaties.Documents;

namespace Citaties.Tests.Documents;

/// <summary>
/// gitignore syntax as git documents it (https://git-scm.com/docs/gitignore), case by case: anchoring, trailing
/// slash, <c>**</c>, character classes, escapes, and the last match deciding.
/// </summary>
[TestFixture]
public class IgnorePatternTests
{
    private const string Root = "/repo";

    [TestCase("drafts", "drafts/a.md", true, TestName = "A name without a slash matches a folder at the top")]
    [TestCase("drafts", "docs/drafts/a.md", true, TestName = "A name without a slash matches a folder at any depth")]
    [TestCase("*.docx", "docs/brief.docx", true, TestName = "A star pattern without a slash matches a file at any depth")]
    [TestCase("/drafts", "drafts/a.md", true, TestName = "A leading slash anchors to the ignore file's folder")]
    [TestCase("/drafts", "docs/drafts/a.md", false, TestName = "An anchored pattern does not match deeper down")]
    [TestCase("docs/old", "docs/old/a.md", true, TestName = "A slash in the middle anchors too")]
    [TestCase("docs/old", "x/docs/old/a.md", false, TestName = "A middle slash pattern does not match below another folder")]
    [TestCase("build/", "build/a.md", true, TestName = "A trailing slash matches a folder")]
    [TestCase("build/", "build", false, TestName = "A trailing slash does not match a file of that name")]
    [TestCase("**/old", "a/b/old/c.md", true, TestName = "Leading double star matches in every folder")]
    [TestCase("**/old", "old/c.md", true, TestName = "Leading double star matches at the top too")]
    [TestCase("docs/**", "docs/a/b.md", true, TestName = "Trailing double star matches everything inside")]
    [TestCase("docs/**", "docsx/b.md", false, TestName = "Trailing double star needs the folder itself")]
    [TestCase("a/**/b.md", "a/b.md", true, TestName = "Middle double star matches zero folders")]
    [TestCase("a/**/b.md", "a/x/y/b.md", true, TestName = "Middle double star matches several folders")]
    [TestCase("a/*.md", "a/x/b.md", false, TestName = "A single star does not cross a slash")]
    [TestCase("brief?.md", "brief1.md", true, TestName = "A question mark matches one character")]
    [TestCase("brief[0-9].md", "brief7.md", true, TestName = "A character range matches")]
    [TestCase("brief[!0-9].md", "brief7.md", false, TestName = "A negated character range excludes")]
    [TestCase("brief[!0-9].md", "briefa.md", true, TestName = "A negated character range matches the rest")]
    [TestCase("\\#nota.md", "#nota.md", true, TestName = "An escaped hash is a name, not a comment")]
    [TestCase("# comment", "# comment", false, TestName = "A hash starts a comment")]
    [TestCase("a.md   ", "a.md", true, TestName = "Trailing spaces are dropped")]
    [TestCase("\\!belangrijk.md", "!belangrijk.md", true, TestName = "An escaped exclamation mark is a name")]
    [TestCase("kopie (1).md", "kopie (1).md", true, TestName = "Regex characters in names are literal")]
    public void One_pattern(string pattern, string path, bool ignored)
    {
        var rules = new IgnoreRules(Root, new[] { pattern }, ignoreCase: false);

        Assert.That(rules.IsIgnored(Root + "/" + path, isDirectory: false), Is.EqualTo(ignored));
    }

    [Test]
    public void The_last_matching_line_decides_and_a_negation_takes_a_file_back()
    {
        var rules = new IgnoreRules(Root, new[] { "*.md", "!README.md", "docs/README.md" }, ignoreCase: false);

        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored(Root + "/a.md", false), Is.True);
            Assert.That(rules.IsIgnored(Root + "/README.md", false), Is.False);
            Assert.That(rules.IsIgnored(Root + "/docs/README.md", false), Is.True);
        });
    }

    [Test]
    public void A_file_in_an_ignored_folder_cannot_be_taken_back()
    {
        // git does not look inside an ignored folder, so "!drafts/keep.md" has no effect.
        var rules = new IgnoreRules(Root, new[] { "drafts/", "!drafts/keep.md" }, ignoreCase: false);

        Assert.That(rules.IsIgnored(Root + "/drafts/keep.md", false), Is.True);
    }

    [Test]
    public void Files_in_an_ignored_folders_contents_can_be_taken_back()
    {
        // "drafts/*" ignores the files, not the folder, so a later negation works (the example of the git documentation).
        var rules = new IgnoreRules(Root, new[] { "drafts/*", "!drafts/keep.md" }, ignoreCase: false);

        Assert.Multiple(() =>
        {
            Assert.That(rules.IsIgnored(Root + "/drafts/keep.md", false), Is.False);
            Assert.That(rules.IsIgnored(Root + "/drafts/other.md", false), Is.True);
        });
    }

    [Test]
    public void Paths_outside_the_ignore_files_folder_are_not_its_business()
    {
        var rules = new IgnoreRules(Root + "/docs", new[] { "*" }, ignoreCase: false);

        Assert.That(rules.IsIgnored("/elsewhere/a.md", false), Is.False);
    }

    [Test]
    public void Case_follows_the_setting()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new IgnoreRules(Root, new[] { "*.MD" }, ignoreCase: true).IsIgnored(Root + "/a.md", false), Is.True);
            Assert.That(new IgnoreRules(Root, new[] { "*.MD" }, ignoreCase: false).IsIgnored(Root + "/a.md", false), Is.False);
        });
    }
}
