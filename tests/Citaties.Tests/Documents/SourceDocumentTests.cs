using System.Text;
using Citaties.Documents;

namespace Citaties.Tests.Documents;

/// <summary>Documents read from bytes: findings located in the source, fixes made through the map, bytes kept.</summary>
[TestFixture]
public class SourceDocumentTests
{
    // Line 2, column 5: 'Kamerstukken' after "Zie " (the é on line 1 is two bytes of UTF-8, one of Windows-1252).
    private const string Text = "Brief over café\r\nZie Kamerstukken II 2019-2020, 35 300, nr. 2.\r\nEinde é\r\n";

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static IEnumerable<TestCaseData> Encodings()
    {
        yield return new TestCaseData(new UTF8Encoding(false).GetBytes(Text), EncodingPolicy.Utf8, "utf-8").SetName("UTF-8 without BOM");
        yield return new TestCaseData(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray(), EncodingPolicy.Utf8, "utf-8-bom").SetName("UTF-8 with BOM");
        yield return new TestCaseData(Windows1252.GetBytes(Text), EncodingPolicy.Windows1252, "windows-1252").SetName("Windows-1252");
        yield return new TestCaseData(Windows1252.GetBytes(Text), EncodingPolicy.Detect, "windows-1252").SetName("Windows-1252 detected");
    }

    [TestCaseSource(nameof(Encodings))]
    public void Locates_findings_at_the_line_and_column_of_the_source(byte[] bytes, EncodingPolicy policy, string encoding)
    {
        var document = DocumentReader.Default.WithEncoding(policy).Read("brief.txt", bytes);

        var finding = document.Lint().Findings.Single(f => f.Diagnostic.Id == "CIT1002");

        Assert.That(document.Text.Encoding?.Name, Is.EqualTo(encoding));
        Assert.That(finding.Region.StartLine, Is.EqualTo(2));
        Assert.That(Text.Substring(finding.Region.Start, finding.Region.Length), Is.EqualTo("Kamerstukken II 2019-2020, 35 300, nr. 2"));
        Assert.That(finding.Region.StartColumn, Is.EqualTo(5));
        Assert.That(finding.Region.StartUnitColumn, Is.EqualTo(5), "no multi-byte character before it on its line");
    }

    [TestCaseSource(nameof(Encodings))]
    public void A_fix_changes_only_the_fixed_bytes(byte[] bytes, EncodingPolicy policy, string encoding)
    {
        var document = DocumentReader.Default.WithEncoding(policy).Read("brief.txt", bytes);

        var result = document.Fix();

        var old = Encode("2019-2020", encoding);
        var replacement = Encode("2019/20", encoding);
        var at = IndexOf(bytes, old);
        var expected = bytes.Take(at).Concat(replacement).Concat(bytes.Skip(at + old.Length)).ToArray();
        Assert.That(result.Content, Is.EqualTo(expected));
        Assert.That(result.Applied.Select(c => c.NewText), Is.EqualTo(new[] { "2019/20" }));
    }

    [Test]
    public void Counts_unit_columns_in_the_source_bytes()
    {
        var document = DocumentReader.Default.Read("a.txt", new UTF8Encoding(false).GetBytes("één: Stb. 2019, 12"));

        var citation = document.Extract().Single();
        var region = document.Text.LocateInSource(citation.Span);

        Assert.That(region.StartColumn, Is.EqualTo(6));
        Assert.That(region.StartUnitColumn, Is.EqualTo(8), "é is two bytes in UTF-8");
    }

    [Test]
    public void Locates_findings_in_html_with_entities_in_the_markup()
    {
        const string Html = "<html>\n<body>\n<p>Zie&nbsp;de brief &amp; <b>Kamerstukken II 2019-2020, 35 300, nr. 2</b>.</p>\n</body>\n</html>\n";
        var document = DocumentReader.Default.Read("brief.html", Encoding.UTF8.GetBytes(Html));

        var finding = document.Lint().Findings.Single(f => f.Diagnostic.Id == "CIT1002");
        var fixedHtml = Encoding.UTF8.GetString(document.Fix().Content);

        Assert.That(finding.Region.StartLine, Is.EqualTo(3));
        Assert.That(finding.Region.StartColumn, Is.EqualTo(Html.Split('\n')[2].IndexOf("Kamerstukken", StringComparison.Ordinal) + 1));
        Assert.That(fixedHtml, Is.EqualTo(Html.Replace("2019-2020", "2019/20")));
    }

    [Test]
    public void Refuses_text_that_is_not_UTF_8_under_the_default_policy()
    {
        var error = Assert.Throws<DocumentException>(() => DocumentReader.Default.Read("oud.txt", Windows1252.GetBytes(Text)))!;

        Assert.That(error.Reason, Does.StartWith("is not valid UTF-8 (invalid byte sequence at byte 14)"));
    }

    [Test]
    public void Writes_links_in_the_syntax_of_each_text_format()
    {
        Assert.That(Linked("a.md", "Zie Stb. 2019, 12."), Does.StartWith("Zie [Stb. 2019, 12](https://"));
        Assert.That(Linked("a.html", "<p>Zie Stb. 2019, 12.</p>"), Does.StartWith("<p>Zie <a href=\"https://").And.Contain("\">Stb. 2019, 12</a>.</p>"));
        Assert.That(Linked("a.txt", "Zie Stb. 2019, 12."), Does.StartWith("Zie Stb. 2019, 12 <https://"));
    }

    [Test]
    public void The_table_of_authorities_places_citations_in_the_lines_of_the_markup()
    {
        const string Html = "<html>\n<body>\n<p>Zie&nbsp;<b>Stb.</b> 2019, 12 en Stb. 2019, 12.</p>\n</body>\n</html>\n";
        var table = new AuthorityTable();

        table.Add(DocumentReader.Default.Read("a.html", Encoding.UTF8.GetBytes(Html)));

        var source = table.Sources().Single();
        Assert.That(source.Places.Select(p => p.ToString()), Is.EqualTo(new[] { "a.html:3:16", "a.html:3:37" }));
    }

    [TestCase("a.md")]
    [TestCase("a.html")]
    [TestCase("a.txt")]
    public void Linking_a_linked_file_changes_nothing(string name)
    {
        var once = Linked(name, "<p>Zie Stb. 2019, 12 en Stb. 2020, 13.</p>");

        var twice = DocumentReader.Default.Read(name, Encoding.UTF8.GetBytes(once)).Link();

        Assert.That(Encoding.UTF8.GetString(twice.Content), Is.EqualTo(once));
        Assert.That(twice.Linked, Is.Zero);
    }

    private static string Linked(string name, string text) =>
        Encoding.UTF8.GetString(DocumentReader.Default.Read(name, Encoding.UTF8.GetBytes(text)).Link().Content);

    private static byte[] Encode(string text, string encoding) =>
        encoding == "windows-1252" ? Windows1252.GetBytes(text) : Encoding.UTF8.GetBytes(text);

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
