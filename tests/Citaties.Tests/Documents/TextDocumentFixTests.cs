using Citaties.Documents;
using Citaties.Model;

namespace Citaties.Tests.Documents;

/// <summary>The changes a fix finds in the scanned text, made in the file's own text.</summary>
[TestFixture]
public class TextDocumentFixTests
{
    private static TextChange Change(string scanned, string old, string replacement) =>
        new(new TextSpan(scanned.IndexOf(old, StringComparison.Ordinal), old.Length), old, replacement, new[] { "CIT1002" });

    private static (string Text, List<TextChange> Applied, List<TextChange> Skipped) Apply(TextDocument document, FixResult fixes) =>
        document.Apply(fixes.Changes);

    [Test]
    public void Takes_the_fixed_text_as_it_is_for_plain_text()
    {
        const string Text = "Kamerstukken II 2019-2020, 35 300, nr. 2";
        var change = Change(Text, "2019-2020", "2019/20");
        var fixes = new FixResult("Kamerstukken II 2019/20, 35 300, nr. 2", new[] { change });

        var result = Apply((TextDocument)DocumentReader.Default.ReadString("a.txt", Text), fixes);

        Assert.That(result.Text, Is.EqualTo("Kamerstukken II 2019/20, 35 300, nr. 2"));
        Assert.That(result.Applied, Is.EqualTo(new[] { change }));
        Assert.That(result.Skipped, Is.Empty);
    }

    [Test]
    public void Makes_html_changes_in_the_markup_and_skips_those_with_markup_inside()
    {
        const string Html = "<p>Kamerstukken II <b>2019-2020</b>, 35 300, nr. 2 en II 2018&#8209;2019</p>";
        var document = (TextDocument)DocumentReader.Default.ReadString("a.html", Html);
        var scan = document.Text;
        var plain = Change(scan.Text, "2019-2020", "2019/20");
        var entity = Change(scan.Text, "2018\u20112019", "2018/19");
        var fixes = new FixResult(string.Empty, new[] { plain, entity });

        var result = Apply(document, fixes);

        Assert.That(result.Text, Is.EqualTo("<p>Kamerstukken II <b>2019/20</b>, 35 300, nr. 2 en II 2018&#8209;2019</p>"));
        Assert.That(result.Applied.Single().Span, Is.EqualTo(new TextSpan(Html.IndexOf("2019-2020", StringComparison.Ordinal), 9)));
        Assert.That(result.Skipped.Single().OriginalText, Is.EqualTo("2018\u20112019"));
    }
}
