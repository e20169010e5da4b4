using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class OfficialIdGrammarTests
{
    private const string Bekendmakingen = "https://zoek.officielebekendmakingen.nl/";

    [TestCase("kst-28638-178", "28638", null, "178", null, null)]
    [TestCase("kst-35300-VI-5", "35300", "VI", "5", null, null)]
    [TestCase("kst-33802-C", "33802", null, "C", null, null)]
    [TestCase("kst-21501-07-1750", "21501", "07", "1750", null, null)]
    [TestCase("kst-23908-R1519-103", "23908", "R1519", "103", null, null)]
    [TestCase("kst-19941995-00000-215a", "00000", null, "215a", null, "1994/95")]
    [TestCase("kst-34389-9-b1", "34389", null, "9", "b1", null)]
    public void Parses_kamerstuk_ids(string text, string dossier, string? suffix, string number, string? appendix, string? sessionYear)
    {
        var id = Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(id.Prefix, Is.EqualTo("kst"));
            Assert.That(id.Dossier, Is.EqualTo(dossier));
            Assert.That(id.Suffix, Is.EqualTo(suffix));
            Assert.That(id.Number, Is.EqualTo(number));
            Assert.That(id.Appendix, Is.EqualTo(appendix));
            Assert.That(id.SessionYear?.ToString(), Is.EqualTo(sessionYear));
        });
        AssertWellFormedWithLink(id, text);
    }

    [TestCase("h-tk-20192020-46-12", "h-tk", "2019/20", "46", "12", null)]
    [TestCase("h-ek-20192020-24-13", "h-ek", "2019/20", "24", "13", null)]
    [TestCase("h-tk-19961997-1042-1043", "h-tk", "1996/97", null, null, "1042-1043")]
    public void Parses_handelingen_ids(string text, string prefix, string sessionYear, string? meeting, string? item, string? pages)
    {
        var id = Parse(text);

        Assert.Multiple(() =>
        {
            Assert.That(id.Prefix, Is.EqualTo(prefix));
            Assert.That(id.SessionYear?.ToString(), Is.EqualTo(sessionYear));
            Assert.That(id.Meeting, Is.EqualTo(meeting));
            Assert.That(id.Item, Is.EqualTo(item));
            Assert.That(id.Pages, Is.EqualTo(pages));
        });
        AssertWellFormedWithLink(id, text);
    }

    [TestCase("ah-tk-20192020-3645", "ah-tk", "2019/20", "3645")]
    [TestCase("ah-ek-20072008-5", "ah-ek", "2007/08", "5")]
    public void Parses_aanhangsel_ids(string text, string prefix, string sessionYear, string number)
    {
        var id = Parse(text);

        Assert.That((id.Prefix, id.SessionYear?.ToString(), id.Number), Is.EqualTo((prefix, sessionYear, number)));
        AssertWellFormedWithLink(id, text);
    }

    [TestCase("stb-2023-123", "stb", 2023, "123")]
    [TestCase("stcrt-2024-5678", "stcrt", 2024, "5678")]
    [TestCase("trb-2008-175", "trb", 2008, "175")]
    [TestCase("gmb-2025-567815", "gmb", 2025, "567815")]
    public void Parses_journal_ids(string text, string prefix, int year, string number)
    {
        var id = Parse(text);

        Assert.That((id.Prefix, id.Year, id.Number), Is.EqualTo((prefix, (int?)year, number)));
        AssertWellFormedWithLink(id, text);
    }

    [Test]
    public void Parses_kamervragen_and_bijlage_ids()
    {
        var vragen = Parse("kv-tk-2010Z06025");
        var bijlage = Parse("blg-1093410");

        Assert.That((vragen.Prefix, vragen.Number), Is.EqualTo(("kv-tk", "2010Z06025")));
        Assert.That((bijlage.Prefix, bijlage.Number), Is.EqualTo(("blg", "1093410")));
        AssertWellFormedWithLink(vragen, "kv-tk-2010Z06025");
        AssertWellFormedWithLink(bijlage, "blg-1093410");
    }

    [TestCase("ah-tk-2019202-3645")]
    [TestCase("h-tk-20192021-46-12")]
    [TestCase("kst-28638")]
    [TestCase("kv-tk-2010X06025")]
    [TestCase("blg-10a")]
    public void Recognises_a_malformed_id_without_linking_it(string text)
    {
        var id = Parse(text);

        Assert.That(id.IsWellFormed, Is.False);
        Assert.That(id.Links, Is.Empty);
    }

    [Test]
    public void Gives_no_session_year_when_it_has_seven_digits()
    {
        Assert.That(Parse("ah-tk-2019202-3645").SessionYear, Is.Null);
    }

    [Test]
    public void Writes_the_prefix_in_lower_case_and_the_rest_as_written()
    {
        var id = Parse("KST-35300-VI-5");

        Assert.That(id.Canonical, Is.EqualTo("kst-35300-VI-5"));
    }

    [Test]
    public void Writes_the_json_fields()
    {
        var fields = FieldsJson.Of(Parse("kst-35300-VI-5"));

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("value").GetString(), Is.EqualTo("kst-35300-VI-5"));
            Assert.That(fields.GetProperty("prefix").GetString(), Is.EqualTo("kst"));
            Assert.That(fields.GetProperty("dossier").GetString(), Is.EqualTo("35300"));
            Assert.That(fields.GetProperty("suffix").GetString(), Is.EqualTo("VI"));
            Assert.That(fields.GetProperty("number").GetString(), Is.EqualTo("5"));
            Assert.That(fields.GetProperty("sessionYear").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(fields.GetProperty("year").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        });
    }

    [Test]
    public void Writes_session_year_meeting_and_item_for_handelingen()
    {
        var fields = FieldsJson.Of(Parse("h-tk-20192020-46-12"));

        Assert.That(fields.GetProperty("sessionYear").GetString(), Is.EqualTo("2019/20"));
        Assert.That(fields.GetProperty("meeting").GetString(), Is.EqualTo("46"));
        Assert.That(fields.GetProperty("item").GetString(), Is.EqualTo("12"));
    }

    [Test]
    public void Reports_a_prefix_without_parts()
    {
        var result = CitationFinder.TryParse("kst-");

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(4));
        Assert.That(result.Error.Message, Does.Contain("id part"));
    }

    [Test]
    public void Extracts_ids_from_running_text_and_urls_with_spans()
    {
        const string text = "Zie kst-28638-178 en https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3645.html, en stb-2023-123.";

        var ids = CitationFinder.Extract(text).OfType<OfficialIdCitation>().ToList();

        Assert.That(ids.Select(c => c.Text), Is.EqualTo(new[] { "kst-28638-178", "ah-tk-20192020-3645", "stb-2023-123" }));
        Assert.That(ids.Select(c => c.Span), Is.EqualTo(new[] { new TextSpan(4, 13), new TextSpan(61, 19), new TextSpan(90, 12) }));
    }

    [Test]
    public void Reads_every_handelingen_id_in_the_corpus_as_well_formed()
    {
        var folder = CorpusPaths.RequireCorpus("handelingen");
        var text = string.Concat(System.IO.Directory.GetFiles(folder).OrderBy(f => f, StringComparer.Ordinal).Select(System.IO.File.ReadAllText));

        var ids = CitationFinder.Extract(text).OfType<OfficialIdCitation>().ToList();

        // Each of the 16 files names itself (h-tk-20172018-70-1) in its header.
        Assert.That(ids.Count(i => i.Prefix == "h-tk"), Is.GreaterThanOrEqualTo(16));
        Assert.That(ids.Where(i => !i.IsWellFormed).Select(i => i.Text), Is.Empty);
    }

    [TestCase("de kst- map")]
    [TestCase("stb-regels")]
    [TestCase("Stb. 2023, 123")]
    [TestCase("xkst-28638-178")]
    public void Finds_no_id_where_there_is_none(string text)
    {
        Assert.That(CitationFinder.Extract(text).Where(c => c.Kind == CitationKind.OfficialId), Is.Empty);
    }

    private static OfficialIdCitation Parse(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        return (OfficialIdCitation)result.Citation!;
    }

    private static void AssertWellFormedWithLink(OfficialIdCitation id, string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(id.Kind, Is.EqualTo(CitationKind.OfficialId));
            Assert.That(id.IsWellFormed, Is.True);
            Assert.That(id.Value, Is.EqualTo(text));
            Assert.That(id.Canonical, Is.EqualTo(text));
            Assert.That(id.Links, Is.EqualTo(new[] { Bekendmakingen + text + ".html" }));
        });
    }
}
