using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class AanhangselGrammarTests
{
    [TestCase("Aanhangsel Handelingen II 2014/15, nr. 1241", "II 2014/15 1241 labelled", "Aanhangsel Handelingen II 2014/15, nr. 1241", "ah-tk-20142015-1241")]
    [TestCase("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 719", "- 2023/24 719 labelled", "Aanhangsel Handelingen 2023/24, nr. 719", "")]
    [TestCase("Aanhangsel Handelingen, vergaderjaar 2025-2026, nr. 1129", "- 2025/26 1129 labelled", "Aanhangsel Handelingen 2025/26, nr. 1129", "")]
    [TestCase("Aanh. Handelingen II 2019/20, nr. 3645", "II 2019/20 3645 labelled", "Aanhangsel Handelingen II 2019/20, nr. 3645", "ah-tk-20192020-3645")]
    [TestCase("Aanhangsel Handelingen II 2019/20, 3645", "II 2019/20 3645 bare", "Aanhangsel Handelingen II 2019/20, nr. 3645", "ah-tk-20192020-3645")]
    [TestCase("Aanhangsel Handelingen I 2014/15, nr. 12", "I 2014/15 12 labelled", "Aanhangsel Handelingen I 2014/15, nr. 12", "ah-ek-20142015-12")]
    [TestCase("Aanhangsel Handelingen II 1999/2000, nr. 7", "II 1999/2000 7 labelled", "Aanhangsel Handelingen II 1999/2000, nr. 7", "ah-tk-19992000-7")]
    public void Parses_the_form_with_its_fields_canonical_and_links(string text, string fields, string canonical, string links)
    {
        var citation = ParseAanhangsel(text);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(citation), Is.EqualTo(fields));
            Assert.That(citation.Canonical, Is.EqualTo(canonical));
            Assert.That(citation.Links, Is.EqualTo(links.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => "https://zoek.officielebekendmakingen.nl/" + l + ".html")));
        });
    }

    [Test]
    public void Keeps_what_was_written_for_the_validator()
    {
        var government = ParseAanhangsel("Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 719");
        var shortForm = ParseAanhangsel("Aanh. Handelingen II 2019/20, nr. 3645");

        Assert.Multiple(() =>
        {
            Assert.That(government.SessionYearText, Is.EqualTo("2023-2024"));
            Assert.That(government.SessionYearWord, Is.EqualTo("vergaderjaar"));
            Assert.That(government.Abbreviated, Is.False);
            Assert.That(shortForm.Abbreviated, Is.True);
        });
    }

    [TestCase("Aanhangsel Handelingen II 2019/20, nr. x", 39, "aanhangselnummer")]
    [TestCase("Aanhangsel Handelingen II, nr. 5", 27, "vergaderjaar")]
    [TestCase("Aanhangsel bij de brief", 11, "'Handelingen'")]
    public void Reports_where_a_broken_citation_fails(string text, int position, string expected)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position), result.Error.Message);
        Assert.That(result.Error.Message, Does.Contain(expected));
    }

    [Test]
    public void Writes_the_json_fields_of_the_machine_interface()
    {
        using var json = JsonFields.Of(ParseAanhangsel("Aanh. Handelingen II 2019/20, nr. 3645"));
        var fields = json.RootElement.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("kind").GetString(), Is.EqualTo("aanhangsel"));
            Assert.That(fields.GetProperty("chamber").GetString(), Is.EqualTo("II"));
            Assert.That(fields.GetProperty("sessionYear").GetString(), Is.EqualTo("2019/20"));
            Assert.That(fields.GetProperty("number").GetString(), Is.EqualTo("3645"));
        });
    }

    [Test]
    public void Extracts_an_aanhangsel_split_over_lines_without_a_handelingen_citation_inside_it()
    {
        const string text = "28 september 2020). Zie ook Aanhangsel Handelingen, vergaderjaar \n2019–2020, nr. 3645.\n";

        var citations = CitationFinder.Extract(text);

        Assert.That(citations, Has.Count.EqualTo(1));
        Assert.That(citations[0].Kind, Is.EqualTo(CitationKind.Aanhangsel));
        Assert.That(citations[0].Text, Is.EqualTo("Aanhangsel Handelingen, vergaderjaar \n2019–2020, nr. 3645"));
        Assert.That(citations[0].Span.Start, Is.EqualTo(text.IndexOf("Aanhangsel", StringComparison.Ordinal)));
    }

    [Test]
    public void Finds_nothing_when_aanhangsel_is_only_a_word()
    {
        Assert.That(CitationFinder.Extract("Het aanhangsel bij de brief en een aanhangsel handelingen zonder jaar."), Is.Empty);
    }

    private static AanhangselCitation ParseAanhangsel(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citation, Is.TypeOf<AanhangselCitation>());
        return (AanhangselCitation)result.Citation!;
    }

    private static string Describe(AanhangselCitation c) =>
        $"{c.Chamber?.ToCitationForm() ?? "-"} {c.SessionYear?.ToString() ?? "-"} {c.Number ?? "-"} {(c.NumberLabelled ? "labelled" : "bare")}";
}
