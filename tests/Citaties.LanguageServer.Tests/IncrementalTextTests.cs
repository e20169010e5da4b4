using Citaties.LanguageServer.Documents;
using Citaties.LanguageServer.Protocol;
using Range = Citaties.LanguageServer.Protocol.Range;

namespace Citaties.LanguageServer.Tests;

/// <summary>Edits at LSP positions: 0-based lines ended by \r\n, \n or \r, characters in UTF-16 code units.</summary>
[TestFixture]
public sealed class IncrementalTextTests
{
    [TestCase("ab\ncd", 1, 1, 1, 1, "X", "ab\ncXd")]
    [TestCase("ab\r\ncd", 1, 0, 1, 0, "X", "ab\r\nXcd")]
    [TestCase("ab\rcd", 1, 2, 1, 2, "X", "ab\rcdX")]
    [TestCase("ab\r\ncd", 0, 2, 1, 0, "", "abcd")]
    [TestCase("a\u2028b\ncd", 0, 2, 0, 3, "", "a\u2028\ncd")]
    [TestCase("𝔄b", 0, 2, 0, 3, "c", "𝔄c")]
    [TestCase("ab\ncd", 0, 99, 0, 99, "X", "abX\ncd")]
    [TestCase("ab\ncd", 7, 0, 9, 0, "X", "ab\ncdX")]
    [TestCase("ab", -1, -5, 0, 1, "X", "Xb")]
    [TestCase("abc", 0, 2, 0, 1, "X", "abXc")]
    public void An_edit_replaces_the_range_it_names(string text, int startLine, int startCharacter, int endLine, int endCharacter, string newText, string expected)
    {
        var change = new TextDocumentContentChangeEvent(new Range(new Position(startLine, startCharacter), new Position(endLine, endCharacter)), newText);

        Assert.That(IncrementalText.Apply(text, new[] { change }), Is.EqualTo(expected));
    }

    [Test]
    public void Edits_of_one_change_apply_in_order_and_a_change_without_range_replaces_the_text()
    {
        var changes = new[]
        {
            new TextDocumentContentChangeEvent(new Range(new Position(0, 0), new Position(0, 0)), "1\n"),
            new TextDocumentContentChangeEvent(new Range(new Position(1, 0), new Position(1, 1)), "B"),
        };
        Assert.That(IncrementalText.Apply("ab", changes), Is.EqualTo("1\nBb"));
        Assert.That(IncrementalText.Apply("ab", new[] { new TextDocumentContentChangeEvent(null, "new") }), Is.EqualTo("new"));
    }
}
