using System.Text.Json;
using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class GazetteGrammarTests
{
    private static GazetteCitation ParseGazette(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citation, Is.TypeOf<GazetteCitation>());
        return (GazetteCitation)result.Citation!;
    }

    [TestCase("Stb. 2023, 123", "Stb", 2023, "123", "https://zoek.officielebekendmakingen.nl/stb-2023-123.html")]
    [TestCase("Stcrt. 2024, 5678", "Stcrt", 2024, "5678", "https://zoek.officielebekendmakingen.nl/stcrt-2024-5678.html")]
    [TestCase("Trb. 2008, 175", "Trb", 2008, "175", "https://zoek.officielebekendmakingen.nl/trb-2008-175.html")]
    [TestCase("Gmb. 2025, 567815", "Gmb", 2025, "567815", "https://zoek.officielebekendmakingen.nl/gmb-2025-567815.html")]
    [TestCase("Prb. 2020, 12", "Prb", 2020, "12", "https://zoek.officielebekendmakingen.nl/prb-2020-12.html")]
    [TestCase("Wsb. 2020, 3", "Wsb", 2020, "3", "https://zoek.officielebekendmakingen.nl/wsb-2020-3.html")]
    [TestCase("Bgr. 2021, 4", "Bgr", 2021, "4", "https://zoek.officielebekendmakingen.nl/bgr-2021-4.html")]
    public void Parses_canonical_dutch_journals(string text, string journal, int year, string number, string link)
    {
        var gazette = ParseGazette(text);

        Assert.Multiple(() =>
        {
            Assert.That(gazette.Journal, Is.EqualTo(journal));
            Assert.That(gazette.JournalWritten, Is.EqualTo(journal + "."));
            Assert.That(gazette.Year, Is.EqualTo(year));
            Assert.That(gazette.Number, Is.EqualTo(number));
            Assert.That(gazette.Style, Is.EqualTo(GazetteStyle.Canonical));
            Assert.That(gazette.IsPlaceholder, Is.False);
            Assert.That(gazette.Canonical, Is.EqualTo(text));
            Assert.That(gazette.Links, Is.EqualTo(new[] { link }));
        });
    }

    [TestCase("Stcrt. 1998 nr. 46", "Stcrt", "Stcrt.", 1998, "46", GazetteStyle.MissingComma | GazetteStyle.NumberLabel, "Stcrt. 1998, 46")]
    [TestCase("Stb 2011 35", "Stb", "Stb", 2011, "35", GazetteStyle.MissingDot | GazetteStyle.MissingComma, "Stb. 2011, 35")]
    [TestCase("Stb. 2011 35", "Stb", "Stb.", 2011, "35", GazetteStyle.MissingComma, "Stb. 2011, 35")]
    [TestCase("Stb 2011, 35", "Stb", "Stb", 2011, "35", GazetteStyle.MissingDot, "Stb. 2011, 35")]
    [TestCase("Staatsblad 2011, 35", "Stb", "Staatsblad", 2011, "35", GazetteStyle.SpelledOut, "Stb. 2011, 35")]
    [TestCase("Staatscourant 2015, 10247", "Stcrt", "Staatscourant", 2015, "10247", GazetteStyle.SpelledOut, "Stcrt. 2015, 10247")]
    [TestCase("Tractatenblad 2008, 175", "Trb", "Tractatenblad", 2008, "175", GazetteStyle.SpelledOut, "Trb. 2008, 175")]
    [TestCase("Stcrt. 2015, 10.247", "Stcrt", "Stcrt.", 2015, "10247", GazetteStyle.Canonical, "Stcrt. 2015, 10247")]
    [TestCase("Stcrt. 20 juli 1999, 136", "Stcrt", "Stcrt.", 1999, "136", GazetteStyle.Dated, "Stcrt. 1999, 136")]
    [TestCase("Staatscourant van 4 mei 1994, nr. 86", "Stcrt", "Staatscourant", 1994, "86", GazetteStyle.SpelledOut | GazetteStyle.Dated | GazetteStyle.NumberLabel, "Stcrt. 1994, 86")]
    [TestCase("Trb. 1998, 120k", "Trb", "Trb.", 1998, "120k", GazetteStyle.Canonical, "Trb. 1998, 120k")]
    public void Parses_variants_and_records_how_they_depart_from_the_canonical_form(
        string text, string journal, string written, int year, string number, GazetteStyle style, string canonical)
    {
        var gazette = ParseGazette(text);

        Assert.Multiple(() =>
        {
            Assert.That(gazette.Journal, Is.EqualTo(journal));
            Assert.That(gazette.JournalWritten, Is.EqualTo(written));
            Assert.That(gazette.Year, Is.EqualTo(year));
            Assert.That(gazette.Number, Is.EqualTo(number));
            Assert.That(gazette.Style, Is.EqualTo(style));
            Assert.That(gazette.Canonical, Is.EqualTo(canonical));
        });
    }

    [Test]
    public void Keeps_the_date_of_an_issue_cited_by_date()
    {
        Assert.That(ParseGazette("Stcrt. 20 juli 1999, 136").Date, Is.EqualTo("20 juli 1999"));
    }

    [Test]
    public void Reads_a_missing_year_as_null()
    {
        var gazette = ParseGazette("Stb. 575");

        Assert.Multiple(() =>
        {
            Assert.That(gazette.Year, Is.Null);
            Assert.That(gazette.Number, Is.EqualTo("575"));
            Assert.That(gazette.Canonical, Is.EqualTo("Stb. 575"));
            Assert.That(gazette.Links, Is.Empty);
        });
    }

    [Test]
    public void Reads_a_year_alone_as_a_volume_without_number()
    {
        var gazette = ParseGazette("Stb. 1995");

        Assert.That(gazette.Year, Is.EqualTo(1995));
        Assert.That(gazette.Number, Is.Null);
        Assert.That(gazette.Links, Is.Empty);
    }

    [Test]
    public void Keeps_number_zero_so_the_validator_can_report_it()
    {
        var gazette = ParseGazette("Stb. 2023, 0");

        Assert.That(gazette.Number, Is.EqualTo("0"));
        Assert.That(gazette.Canonical, Is.EqualTo("Stb. 2023, 0"));
        Assert.That(gazette.Links, Is.Empty);
    }

    [TestCase("Stb. …, …")]
    [TestCase("Stb. ..., ...")]
    [TestCase("Stcrt. …")]
    public void Recognises_the_placeholder_of_a_draft(string text)
    {
        var gazette = ParseGazette(text);

        Assert.Multiple(() =>
        {
            Assert.That(gazette.IsPlaceholder, Is.True);
            Assert.That(gazette.Year, Is.Null);
            Assert.That(gazette.Number, Is.Null);
            Assert.That(gazette.Canonical, Is.EqualTo(gazette.Journal + ". …, …"));
            Assert.That(gazette.Links, Is.Empty);
        });
    }

    [TestCase("Stb. 1990, 12")]
    [TestCase("Stcrt. 1998, 46")]
    public void Links_only_years_the_publication_site_holds_by_number(string text)
    {
        Assert.That(ParseGazette(text).Links, Is.Empty);
    }

    [TestCase("PbEU 2022, L 277/1", "PbEU", 2022, "L", "277", "1", GazetteStyle.Canonical, "PbEU 2022, L 277/1", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2022:277:TOC")]
    [TestCase("PbEU 2010, L 180", "PbEU", 2010, "L", "180", null, GazetteStyle.Canonical, "PbEU 2010, L 180", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2010:180:TOC")]
    [TestCase("PbEU 2018, L 328/82", "PbEU", 2018, "L", "328", "82", GazetteStyle.Canonical, "PbEU 2018, L 328/82", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2018:328:TOC")]
    [TestCase("PbEU 2004, L 143 p. 56", "PbEU", 2004, "L", "143", "56", GazetteStyle.PageLabel, "PbEU 2004, L 143/56", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2004:143:TOC")]
    [TestCase("PbEG 2000, L 178/1", "PbEG", 2000, "L", "178", "1", GazetteStyle.Canonical, "PbEG 2000, L 178/1", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L:2000:178:TOC")]
    [TestCase("Pb EG 2000, C 364", "PbEG", 2000, "C", "364", null, GazetteStyle.SplitAbbreviation, "PbEG 2000, C 364", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:C:2000:364:TOC")]
    public void Parses_publicatieblad_issues(
        string text, string journal, int year, string series, string number, string? page, GazetteStyle style, string canonical, string link)
    {
        var gazette = ParseGazette(text);

        Assert.Multiple(() =>
        {
            Assert.That(gazette.Journal, Is.EqualTo(journal));
            Assert.That(gazette.Year, Is.EqualTo(year));
            Assert.That(gazette.Series, Is.EqualTo(series));
            Assert.That(gazette.Number, Is.EqualTo(number));
            Assert.That(gazette.Page, Is.EqualTo(page));
            Assert.That(gazette.IsActByAct, Is.False);
            Assert.That(gazette.Style, Is.EqualTo(style));
            Assert.That(gazette.Canonical, Is.EqualTo(canonical));
            Assert.That(gazette.Links, Is.EqualTo(new[] { link }));
        });
    }

    [TestCase("PbEU L 2024/325", "L", 2024, "325", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:L_202400325")]
    [TestCase("PbEU C 2024/573", "C", 2024, "573", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=OJ:C_202400573")]
    public void Parses_act_by_act_publicatieblad(string text, string series, int year, string number, string link)
    {
        var gazette = ParseGazette(text);

        Assert.Multiple(() =>
        {
            Assert.That(gazette.IsActByAct, Is.True);
            Assert.That(gazette.Series, Is.EqualTo(series));
            Assert.That(gazette.Year, Is.EqualTo(year));
            Assert.That(gazette.Number, Is.EqualTo(number));
            Assert.That(gazette.Page, Is.Null);
            Assert.That(gazette.Canonical, Is.EqualTo(text));
            Assert.That(gazette.Links, Is.EqualTo(new[] { link }));
        });
    }

    [Test]
    public void Writes_the_json_fields_of_a_dutch_journal()
    {
        var json = CitationJsonProbe.Write(ParseGazette("Stb 2011 35"));
        var fields = json.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("kind").GetString(), Is.EqualTo("gazette"));
            Assert.That(json.GetProperty("canonical").GetString(), Is.EqualTo("Stb. 2011, 35"));
            Assert.That(fields.GetProperty("journal").GetString(), Is.EqualTo("Stb"));
            Assert.That(fields.GetProperty("journalWritten").GetString(), Is.EqualTo("Stb"));
            Assert.That(fields.GetProperty("year").GetInt32(), Is.EqualTo(2011));
            Assert.That(fields.GetProperty("number").GetString(), Is.EqualTo("35"));
            Assert.That(fields.GetProperty("placeholder").GetBoolean(), Is.False);
            Assert.That(fields.GetProperty("style").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "missingDot", "missingComma" }));
            Assert.That(fields.TryGetProperty("series", out _), Is.False);
            Assert.That(fields.TryGetProperty("page", out _), Is.False);
        });
    }

    [Test]
    public void Writes_series_and_page_of_a_publicatieblad_issue()
    {
        var fields = CitationJsonProbe.Fields(ParseGazette("PbEU 2022, L 277/1"));

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("journal").GetString(), Is.EqualTo("PbEU"));
            Assert.That(fields.GetProperty("series").GetString(), Is.EqualTo("L"));
            Assert.That(fields.GetProperty("page").GetString(), Is.EqualTo("1"));
            Assert.That(fields.GetProperty("number").GetString(), Is.EqualTo("277"));
        });
    }

    [Test]
    public void Writes_a_missing_year_as_json_null()
    {
        var fields = CitationJsonProbe.Fields(ParseGazette("Stb. 575"));

        Assert.That(fields.GetProperty("year").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [TestCase("Stb. 2023, x", 11, "number")]
    [TestCase("PbEU 2022, X 277", 11, "series 'L' or 'C'")]
    [TestCase("Stb.", 4, "space")]
    public void Reports_where_a_broken_gazette_fails(string text, int position, string expected)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position), result.Error.Message);
        Assert.That(result.Error.Message, Does.Contain(expected));
    }

    [TestCase("Wet van 10 juli 2023 (Stb. 2023, 123).", "Stb. 2023, 123", 22)]
    [TestCase("(Stb. 1995, 635; hierna: de Wet)", "Stb. 1995, 635", 1)]
    [TestCase("Stb. 2002, 618.\n\nDaarna", "Stb. 2002, 618", 0)]
    [TestCase("bekendgemaakt in Stcrt. 1998 nr. 46, hierna: de regeling", "Stcrt. 1998 nr. 46", 17)]
    [TestCase("zie PbEU 2004, L 143 p. 56 en verder", "PbEU 2004, L 143 p. 56", 4)]
    [TestCase("(PbEU L 2024/325).", "PbEU L 2024/325", 1)]
    [TestCase("Wet van 28 maart 1985, Stb. 180, strekkende", "Stb. 180", 23)]
    [TestCase("Stb.\u00A02023,\u00A0123", "Stb.\u00A02023,\u00A0123", 0)]
    [TestCase("(Stb. …, …)", "Stb. …, …", 1)]
    public void Extracts_gazettes_from_running_text_with_exact_spans(string text, string found, int start)
    {
        var citations = CitationFinder.Extract(text).OfType<GazetteCitation>().ToList();

        Assert.That(citations, Has.Count.EqualTo(1));
        Assert.That(citations[0].Text, Is.EqualTo(found));
        Assert.That(citations[0].Span, Is.EqualTo(new TextSpan(start, found.Length)));
    }

    [TestCase("De heer Stbl. Jansen en Stb-medewerkers.")]
    [TestCase("in het Staatsblad geplaatst")]
    [TestCase("Stb is een afkorting")]
    [TestCase("zie stb-2023-123")]
    [TestCase("Staatscourant bekend te maken")]
    [TestCase("trbx 2020, 3")]
    public void Ignores_lookalikes(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<GazetteCitation>(), Is.Empty);
    }

    [Test]
    public void Never_throws_on_cut_off_input()
    {
        foreach (var text in new[] { "Stb.", "Stb. ", "Stb. 2023,", "PbEU", "PbEU L", "PbEU 2022, L", "Stcrt. 20 juli", "Stb. …," })
        {
            Assert.DoesNotThrow(() => CitationFinder.Extract(text), text);
            Assert.DoesNotThrow(() => CitationFinder.TryParse(text), text);
        }
    }
}
