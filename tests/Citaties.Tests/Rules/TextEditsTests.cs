using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Tests.Rules;

[TestFixture]
public class TextEditsTests
{
    [Test]
    public void Applies_separate_edits_in_original_offsets()
    {
        var edits = new TextEdits("aaa bbb ccc");
        edits.Replace(new TextSpan(8, 3), "CCCC", "CIT0002");
        edits.Replace(new TextSpan(0, 3), "A", "CIT0001");

        Assert.That(edits.Apply(), Is.EqualTo("A bbb CCCC"));
        Assert.That(edits.Edits.Select(e => (e.Start, e.End, e.Replacement)), Is.EqualTo(new[] { (0, 3, "A"), (8, 11, "CCCC") }));
    }

    [Test]
    public void Maps_a_later_edit_back_through_an_earlier_one()
    {
        var edits = new TextEdits("aaa bbb ccc");
        edits.Replace(new TextSpan(0, 3), "A", "CIT0001");

        // In the current text "A bbb ccc" the word ccc starts at 6; in the original at 8.
        edits.Replace(new TextSpan(6, 3), "C", "CIT0002");

        Assert.That(edits.Apply(), Is.EqualTo("A bbb C"));
        Assert.That(edits.Edits[1], Is.EqualTo(edits.Edits[1] with { Start = 8, End = 11 }));
    }

    [Test]
    public void Merges_an_edit_that_overlaps_an_earlier_one()
    {
        var edits = new TextEdits("Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. 1");
        edits.Replace(new TextSpan(37, 9), "2025/26", "CIT1002");
        var current = edits.Apply();
        Assert.That(current, Is.EqualTo("Aanhangsel Handelingen, vergaderjaar 2025/26, nr. 1"));

        edits.Replace(new TextSpan(22, 22), " II 2025/26", "CIT1003");

        Assert.That(edits.Apply(), Is.EqualTo("Aanhangsel Handelingen II 2025/26, nr. 1"));
        Assert.That(edits.Edits, Has.Count.EqualTo(1));
        var edit = edits.Edits[0];
        Assert.Multiple(() =>
        {
            Assert.That((edit.Start, edit.End), Is.EqualTo((22, 46)));
            Assert.That(edit.Replacement, Is.EqualTo(" II 2025/26"));
            Assert.That(edit.RuleIds, Is.EqualTo(new[] { "CIT1002", "CIT1003" }));
        });
    }

    [Test]
    public void An_insertion_next_to_an_edit_joins_it()
    {
        var edits = new TextEdits("xy");
        edits.Replace(new TextSpan(0, 1), "X", "CIT0001");
        edits.Replace(new TextSpan(1, 0), "-", "CIT0002");

        Assert.That(edits.Apply(), Is.EqualTo("X-y"));
    }
}
