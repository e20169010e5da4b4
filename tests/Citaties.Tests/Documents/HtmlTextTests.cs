using Citaties.Documents;
using Citaties.Model;

namespace Citaties.Tests.Documents;

[TestFixture]
public class HtmlTextTests
{
    [TestCase("a &amp; b", "a & b")]
    [TestCase("a&nbsp;b", "a\u00A0b")]
    [TestCase("&#x41;&#66;&#x1F600;", "AB\U0001F600")]
    [TestCase("caf&eacute; &euml;", "café ë")]
    [TestCase("&unknownname; &amp &#; &#xZZ;", "&unknownname; &amp &#; &#xZZ;")]
    [TestCase("a < b > c", "a < b > c")]
    [TestCase("<b>vet</b><i>schuin</i>", "vetschuin")]
    [TestCase("<p>een</p><p>twee</p>", "\neen\n\ntwee\n")]
    [TestCase("regel<br/>regel", "regel\nregel")]
    [TestCase("a<!-- <p>weg</p> -->b", "ab")]
    [TestCase("a<script type=\"x\">if (a < b) { x = '</p>'; }</script>b", "ab")]
    [TestCase("a<STYLE>p { }</STYLE>b", "ab")]
    [TestCase("<a title=\"x > y\">link</a>", "link")]
    [TestCase("open <b einde", "open <b einde")]
    [TestCase("a<script>nooit gesloten", "a")]
    public void Extracts_the_readable_text(string html, string expected)
    {
        Assert.That(HtmlText.Extract(html).Text, Is.EqualTo(expected));
    }

    [Test]
    public void Maps_a_span_across_a_tag_and_an_entity_back_to_the_source()
    {
        const string html = "<p>x&amp;<b>y</b>z</p>";
        var text = HtmlText.Extract(html);

        Assert.That(text.Text, Is.EqualTo("\nx&yz\n"));
        var span = text.ToSource(new TextSpan(1, 4));
        Assert.That(html.Substring(span.Start, span.Length), Is.EqualTo("x&amp;<b>y</b>z"));
    }

    [Test]
    public void Maps_both_halves_of_a_surrogate_pair_to_the_whole_reference()
    {
        const string html = "a&#x1F600;b";
        var text = HtmlText.Extract(html);

        Assert.That(text.ToSource(new TextSpan(1, 2)), Is.EqualTo(new TextSpan(1, 9)));
        Assert.That(text.ToSource(new TextSpan(3, 1)), Is.EqualTo(new TextSpan(10, 1)));
    }

    [Test]
    public void Leaves_plain_text_offsets_unchanged()
    {
        var text = SourceText.From("abc");

        Assert.That(text.ToSource(new TextSpan(1, 2)), Is.EqualTo(new TextSpan(1, 2)));
    }

    [TestCase("")]
    [TestCase("<")]
    [TestCase("&")]
    [TestCase("<!--")]
    [TestCase("<a href='")]
    [TestCase("&#x")]
    [TestCase("</")]
    public void Never_throws_on_truncated_markup(string html)
    {
        var text = HtmlText.Extract(html);

        Assert.That(text.Text.Length, Is.LessThanOrEqualTo(html.Length));
    }
}
