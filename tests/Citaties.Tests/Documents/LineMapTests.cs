using Citaties.Documents;

namespace Citaties.Tests.Documents;

[TestFixture]
public class LineMapTests
{
    [TestCase(0, 1, 1)]
    [TestCase(2, 1, 3)]
    [TestCase(3, 2, 1)]
    [TestCase(6, 2, 4)]
    [TestCase(7, 3, 1)]
    [TestCase(8, 4, 1)]
    [TestCase(10, 4, 3)]
    public void Counts_lines_and_columns_from_one(int offset, int line, int column)
    {
        // Line ends of each kind: "\n" after "ab", "\r\n" after "cd", "\r" after nothing.
        var map = new LineMap("ab\ncd\r\n\rxyz");

        Assert.That(map.Locate(offset), Is.EqualTo((line, column)));
    }

    [Test]
    public void Places_the_end_of_the_text_on_the_last_line()
    {
        Assert.That(new LineMap("ab\n").Locate(3), Is.EqualTo((2, 1)));
    }

    [Test]
    public void Ends_lines_at_paragraph_separators_only_in_word_text()
    {
        const string Text = "titel\u2029Zie BWBR001903.";

        Assert.That(new LineMap(Text, paragraphSeparatorEndsLine: true).Locate(10), Is.EqualTo((2, 5)));
        Assert.That(new LineMap(Text).Locate(10), Is.EqualTo((1, 11)));
    }

    [Test]
    public void Turns_lines_and_columns_back_into_offsets_clamped_as_LSP_asks()
    {
        var map = new LineMap("ab\r\ncd\nxyz");

        Assert.That(map.LineCount, Is.EqualTo(3));
        Assert.That(map.OffsetOf(2, 2), Is.EqualTo(5));
        Assert.That(map.OffsetOf(1, 99), Is.EqualTo(2), "past the end of a line: its end, before the \\r\\n");
        Assert.That(map.OffsetOf(2, 99), Is.EqualTo(6));
        Assert.That(map.OffsetOf(3, 4), Is.EqualTo(10));
        Assert.That(map.OffsetOf(9, 1), Is.EqualTo(10));
        Assert.That(map.OffsetOf(0, 5), Is.EqualTo(0));
    }
}
