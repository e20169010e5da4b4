using Citaties.Analyzers.Texts;

namespace Citaties.Analyzers.Tests.Texts;

/// <summary>New text written into each kind of literal or comment reads back as the same text, or is refused.</summary>
[TestFixture]
public class EscapersTests
{
    [TestCase("artikel 6 \"Awb\" \\ {x}", false, "artikel 6 \\\"Awb\\\" \\\\ {x}")]
    [TestCase("artikel 6 {x}", true, "artikel 6 {{x}}")]
    [TestCase("a\tb\u0001", false, "a\\tb\\u0001")]
    public void Regular(string text, bool braces, string written) =>
        Assert.That(Escapers.Regular(braces)(text), Is.EqualTo(written));

    [TestCase("zie \"hier\"", false, "zie \"\"hier\"\"")]
    [TestCase("zie {x}", true, "zie {{x}}")]
    public void Verbatim(string text, bool braces, string written) =>
        Assert.That(Escapers.Verbatim(braces)(text), Is.EqualTo(written));

    [TestCase("zie \"\" hier", 3, 0, "zie \"\" hier")]
    [TestCase("zie \"\"\" hier", 3, 0, null)]
    [TestCase("zie {x}", 3, 1, null)]
    [TestCase("zie {x}", 3, 2, "zie {x}")]
    [TestCase("twee\nregels", 3, 0, null)]
    public void Raw(string text, int quotes, int dollars, string? written) =>
        Assert.That(Escapers.Raw(quotes, dollars)(text), Is.EqualTo(written));

    [TestCase("art. 6 & 7 <Awb>", "art. 6 &amp; 7 &lt;Awb&gt;")]
    [TestCase("twee\nregels", null)]
    public void Xml(string text, string? written) =>
        Assert.That(Escapers.Xml()(text), Is.EqualTo(written));

    [TestCase("zie */ hier", true, null)]
    [TestCase("zie */ hier", false, "zie */ hier")]
    [TestCase("twee\nregels", false, null)]
    public void Comment(string text, bool block, string? written) =>
        Assert.That(Escapers.Comment(block)(text), Is.EqualTo(written));
}
