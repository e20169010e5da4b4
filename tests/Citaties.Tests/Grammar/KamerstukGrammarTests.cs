using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class KamerstukGrammarTests
{
    private const string Kst = "https://zoek.officielebekendmakingen.nl/kst-";

    // Each case: the text, its fields in short ("chamber year dossier[/suffix][+dossier] nr=numbers p=pages"),
    // the canonical form, and the links (space separated, without the common prefix and ".html").
    [TestCase("Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3", "II 2018/19 35000/VI nr=5 p=3", "Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3", "35000-VI-5")]
    [TestCase("Kamerstukken II 2025/26, 22 112, nr. 4207", "II 2025/26 22112 nr=4207 p=-", "Kamerstukken II 2025/26, 22 112, nr. 4207", "22112-4207")]
    [TestCase("Kamerstuk 34193, nr. 1", "- - 34193 nr=1 p=-", "Kamerstuk 34 193, nr. 1", "34193-1")]
    [TestCase("Kamerstuk 28 \n638, nr. 178", "- - 28638 nr=178 p=-", "Kamerstuk 28 638, nr. 178", "28638-178")]
    [TestCase("Kamerstuk 28 638, nr. 178", "- - 28638 nr=178 p=-", "Kamerstuk 28 638, nr. 178", "28638-178")]
    [TestCase("Kamerbrief 31 015, nr. 201", "- - 31015 nr=201 p=-", "Kamerstuk 31 015, nr. 201", "31015-201")]
    [TestCase("kamerstuk 29 279, nr. 133", "- - 29279 nr=133 p=-", "Kamerstuk 29 279, nr. 133", "29279-133")]
    [TestCase("TK 2008-2009, 31473, nummer 25, bladzijde 5 - 6", "II 2008/09 31473 nr=25 p=5-6", "Kamerstukken II 2008/09, 31 473, nr. 25, p. 5-6", "31473-25")]
    [TestCase("Kamerstukken I 2008/09, 31700 VI, D", "I 2008/09 31700/VI nr=D p=-", "Kamerstukken I 2008/09, 31 700 VI, D", "31700-VI-D")]
    [TestCase("Kamerstukken I 2008/09, 31700 VI, D, p. 4", "I 2008/09 31700/VI nr=D p=4", "Kamerstukken I 2008/09, 31 700 VI, D, p. 4", "31700-VI-D")]
    [TestCase("Kamerstukken I 2014/15, 33802, C, p. 3", "I 2014/15 33802 nr=C p=3", "Kamerstukken I 2014/15, 33 802, C, p. 3", "33802-C")]
    [TestCase("Kamerstukken I 2021/22, 35 925, nr. E", "I 2021/22 35925 nr=E p=-", "Kamerstukken I 2021/22, 35 925, E", "35925-E")]
    [TestCase("Kamerstukken II, 2008/09, 28 345, nr. 91", "II 2008/09 28345 nr=91 p=-", "Kamerstukken II 2008/09, 28 345, nr. 91", "28345-91")]
    [TestCase("Kamerstukken 28 345, 31 015 en 34 907, nr. 185", "- - 28345+31015+34907 nr=185 p=-", "Kamerstukken 28 345, 31 015 en 34 907, nr. 185", "28345-185")]
    [TestCase("Kamerstuk 28 345/31 015, nr. 132", "- - 28345+31015 nr=132 p=-", "Kamerstukken 28 345 en 31 015, nr. 132", "28345-132")]
    [TestCase("Kamerstuk 31728, 30914, nr. 5", "- - 31728+30914 nr=5 p=-", "Kamerstukken 31 728 en 30 914, nr. 5", "31728-5")]
    [TestCase("Kamerstuk 34 000-XVI nr. 8", "- - 34000/XVI nr=8 p=-", "Kamerstuk 34 000 XVI, nr. 8", "34000-XVI-8")]
    [TestCase("Kamerstukken II 2020/21 35 570-IX, nr. 14", "II 2020/21 35570/IX nr=14 p=-", "Kamerstukken II 2020/21, 35 570 IX, nr. 14", "35570-IX-14")]
    [TestCase("Kamerstukken II 2020/21, 21 501-07, nr. 1750", "II 2020/21 21501/07 nr=1750 p=-", "Kamerstukken II 2020/21, 21 501-07, nr. 1750", "21501-07-1750")]
    [TestCase("Kamerstukken II 2019/20, 23 908 (R1519), nr. 103", "II 2019/20 23908/R1519 nr=103 p=-", "Kamerstukken II 2019/20, 23 908 (R1519), nr. 103", "23908-R1519-103")]
    [TestCase("Kamerstukken II 2012/13, 33 400 IIA, nr. 2", "II 2012/13 33400/IIA nr=2 p=-", "Kamerstukken II 2012/13, 33 400 IIA, nr. 2", "33400-IIA-2")]
    [TestCase("Kamerstukken II 2019/20, 35 300-A, nr. 15", "II 2019/20 35300/A nr=15 p=-", "Kamerstukken II 2019/20, 35 300-A, nr. 15", "35300-A-15")]
    [TestCase("Kamerstukken II, 1999-2000, 26 271, nr. 6, p. 15-16; nr. 7, p. 5-6", "II 1999/2000 26271 nr=6,7 p=15-16", "Kamerstukken II 1999/2000, 26 271, nr. 6, p. 15-16; nr. 7, p. 5-6", "26271-6 26271-7")]
    [TestCase("Kamerstukken II 2003/04, 29 200 VI, nrs. 520 en 548", "II 2003/04 29200/VI nr=520,548 p=-", "Kamerstukken II 2003/04, 29 200 VI, nrs. 520 en 548", "29200-VI-520 29200-VI-548")]
    [TestCase("Kamerstuk 28 638, nr.3", "- - 28638 nr=3 p=-", "Kamerstuk 28 638, nr. 3", "28638-3")]
    [TestCase("Kamerstuk 28 638, Nr. 3", "- - 28638 nr=3 p=-", "Kamerstuk 28 638, nr. 3", "28638-3")]
    [TestCase("Kamerstukken II 1996/97, 25 000, nr. 42e, blz. 7", "II 1996/97 25000 nr=42e p=7", "Kamerstukken II 1996/97, 25 000, nr. 42e, p. 7", "25000-42e")]
    [TestCase("Kamerstukken 31945", "- - 31945 nr= p=-", "Kamerstukken 31 945", "")]
    [TestCase("Kamerstukken II 1995/96, 23700, nr. 188b", "II 1995/96 23700 nr=188b p=-", "Kamerstukken II 1995/96, 23 700, nr. 188b", "23700-188b")]
    [TestCase("Kamerstukken II 2019/21, 35 300, nr. 3", "II 2019/21 35300 nr=3 p=-", "Kamerstukken II 2019/21, 35 300, nr. 3", "35300-3")]
    [TestCase("Kamerstukken II 2019/20, 35 300 XXXX, nr. 3", "II 2019/20 35300/XXXX nr=3 p=-", "Kamerstukken II 2019/20, 35 300 XXXX, nr. 3", "35300-XXXX-3")]
    [TestCase("Kamerstuk 36100-3", "- - 36100 nr=3 p=-", "Kamerstuk 36 100, nr. 3", "36100-3")]
    [TestCase("Kamerstuk 21501-02-1855", "- - 21501/02 nr=1855 p=-", "Kamerstuk 21 501-02, nr. 1855", "21501-02-1855")]
    [TestCase("Kamerstuk 34775-XVI-129", "- - 34775/XVI nr=129 p=-", "Kamerstuk 34 775 XVI, nr. 129", "34775-XVI-129")]
    [TestCase("Kamerstuk 23908-(R1519)-131", "- - 23908/R1519 nr=131 p=-", "Kamerstuk 23 908 (R1519), nr. 131", "23908-R1519-131")]
    [TestCase("Kamerstuk 21501-20", "- - 21501/20 nr= p=-", "Kamerstukken 21 501-20", "")]
    [TestCase("Kamerstukken II 1990/91, 21.972, nr. 1, blz. 3", "II 1990/91 21972 nr=1 p=3", "Kamerstukken II 1990/91, 21 972, nr. 1, p. 3", "")]
    [TestCase("Kamerstukken II 1999-2000, 26 854, nr. 3 (MvT), p. 12 en 16", "II 1999/2000 26854 nr=3 p=12 en 16", "Kamerstukken II 1999/2000, 26 854, nr. 3, p. 12 en 16", "26854-3")]
    [TestCase("Kamerstukken II 2000/2001, 26 854, nr. 6 (NnavV), p. 22- 24", "II 2000/01 26854 nr=6 p=22-24", "Kamerstukken II 2000/01, 26 854, nr. 6, p. 22-24", "26854-6")]
    [TestCase("TK, 1984-1985, 18985, nrs. 1-3", "II 1984/85 18985 nr=1-3 p=-", "Kamerstukken II 1984/85, 18 985, nrs. 1-3", "")]
    [TestCase("Kamerstukken II, Zitting 1958-1959-5380, Nr. 3", "II 1958/59 5380 nr=3 p=-", "Kamerstukken II 1958/59, 5380, nr. 3", "")]
    [TestCase("Kamerstukken II, 1993-1994, nr. 6, blz. 19-21", "II 1993/94 - nr=6 p=19-21", "Kamerstukken II 1993/94, nr. 6, p. 19-21", "")]
    [TestCase("Kamerstukken I/II 2019/20, 35 300, nr. 4", "VV 2019/20 35300 nr=4 p=-", "Kamerstukken VV 2019/20, 35 300, nr. 4", "35300-4")]
    [TestCase("Kamerstukken Tweede Kamer 2019/20, 35 300, nr. 4", "II 2019/20 35300 nr=4 p=-", "Kamerstukken II 2019/20, 35 300, nr. 4", "35300-4")]
    [TestCase("Kamerstukken II 2020/21, 34 430, nr. AB", "II 2020/21 34430 nr=AB p=-", "Kamerstukken II 2020/21, 34 430, AB", "34430-AB")]
    public void Parses_the_form_with_its_fields_canonical_and_links(string text, string fields, string canonical, string links)
    {
        var citation = ParseKamerstuk(text);

        Assert.Multiple(() =>
        {
            Assert.That(Describe(citation), Is.EqualTo(fields));
            Assert.That(citation.Canonical, Is.EqualTo(canonical));
            Assert.That(citation.Links, Is.EqualTo(links.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(l => Kst + l + ".html")));
        });
    }

    [Test]
    public void A_trailing_full_stop_is_not_part_of_the_citation()
    {
        var citations = CitationFinder.Extract("Zie Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3. Daarna");

        Assert.That(citations.Select(c => c.Text), Is.EqualTo(new[] { "Kamerstukken II 2018/19, 35 000 VI, nr. 5, p. 3" }));
    }

    [TestCase("bijlage bij Kamerstuk 34 193, nr. 2", "bijlage bij Kamerstuk 34 193, nr. 2")]
    [TestCase("Bijlage bij Kamerstukken II 2015/16, 34389, nr. 9", "Bijlage bij Kamerstukken II 2015/16, 34 389, nr. 9")]
    public void Keeps_the_appendix_prefix_in_the_case_it_was_written(string text, string canonical)
    {
        var citation = ParseKamerstuk(text);

        Assert.Multiple(() =>
        {
            Assert.That(citation.Appendix, Is.True);
            Assert.That(citation.Canonical, Is.EqualTo(canonical));
            Assert.That(citation.Links, Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void Keeps_what_was_written_for_the_validator()
    {
        var kamerbrief = ParseKamerstuk("Kamerbrief 31 015, nr. 201");
        var commaAfterChamber = ParseKamerstuk("Kamerstukken II, 2008/09, 28 345, nr. 91");
        var missingComma = ParseKamerstuk("Kamerstuk 34 000-XVI nr. 8");
        var glued = ParseKamerstuk("Kamerstuk 28 638, nr.3");
        var letter = ParseKamerstuk("Kamerstukken I 2008/09, 31700 VI, D");
        var labelledLetter = ParseKamerstuk("Kamerstukken I 2021/22, 35 925, nr. E");
        var blz = ParseKamerstuk("Kamerstukken II 1996/97, 25 000, nr. 42e, blz. 7");
        var hyphen = ParseKamerstuk("Kamerstuk 36100-3");
        var vergaderjaar = ParseKamerstuk("TK 2008-2009, 31473, nummer 25, bladzijde 5 - 6");

        Assert.Multiple(() =>
        {
            Assert.That(kamerbrief.Label, Is.EqualTo("Kamerbrief"));
            Assert.That(kamerbrief.Dossiers[0].Written, Is.EqualTo("31 015"));
            Assert.That(kamerbrief.Dossiers[0].IsGrouped, Is.True);
            Assert.That(ParseKamerstuk("Kamerstuk 34193, nr. 1").Dossiers[0].IsGrouped, Is.False);
            Assert.That(commaAfterChamber.CommaAfterChamber, Is.True);
            Assert.That(commaAfterChamber.MissingComma, Is.False);
            Assert.That(missingComma.MissingComma, Is.True);
            Assert.That(missingComma.Dossiers[0].Written, Is.EqualTo("34 000-XVI"));
            Assert.That(glued.SpaceAfterNumberLabel, Is.False);
            Assert.That(glued.NumberLabel, Is.EqualTo("nr."));
            Assert.That(letter.NumberLabelled, Is.False);
            Assert.That(labelledLetter.NumberLabelled, Is.True);
            Assert.That(blz.PagesLabel, Is.EqualTo("blz."));
            Assert.That(hyphen.HyphenId, Is.True);
            Assert.That(hyphen.Dossiers[0].Written, Is.EqualTo("36100"));
            Assert.That(vergaderjaar.SessionYearText, Is.EqualTo("2008-2009"));
            Assert.That(vergaderjaar.Label, Is.EqualTo("TK"));
            Assert.That(vergaderjaar.ChamberText, Is.Null);
        });
    }

    [TestCase("Kamerstuk 28 638, nr. x", 22, "ondernummer")]
    [TestCase("Kamerstukken II 2018/19, ", 24, "dossier number")]
    [TestCase("Kamerstukken II 2018/19, 35 000, nr. 5, p. x", 43, "page number")]
    [TestCase("Kamerstukken II 2018/19, 35 000, nr. 5 en", 38, "end of input")]
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
        var citation = ParseKamerstuk("bijlage bij Kamerstukken II 2020/21, 21 501-07, nrs. 1750 en 1751, p. 7-8");

        using var json = JsonFields.Of(citation);
        var fields = json.RootElement.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("kind").GetString(), Is.EqualTo("kamerstuk"));
            Assert.That(fields.GetProperty("chamber").GetString(), Is.EqualTo("II"));
            Assert.That(fields.GetProperty("sessionYear").GetString(), Is.EqualTo("2020/21"));
            Assert.That(fields.GetProperty("dossiers")[0].GetProperty("number").GetString(), Is.EqualTo("21501"));
            Assert.That(fields.GetProperty("dossiers")[0].GetProperty("suffix").GetString(), Is.EqualTo("07"));
            Assert.That(fields.GetProperty("number").GetString(), Is.EqualTo("1750"));
            Assert.That(fields.GetProperty("numbers").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "1750", "1751" }));
            Assert.That(fields.GetProperty("pages").GetString(), Is.EqualTo("7-8"));
            Assert.That(fields.GetProperty("appendix").GetBoolean(), Is.True);
            Assert.That(fields.GetProperty("label").GetString(), Is.EqualTo("Kamerstukken"));
        });
    }

    [Test]
    public void Writes_null_chamber_year_and_number_for_a_whole_bill()
    {
        using var json = JsonFields.Of(ParseKamerstuk("Kamerstukken 31945"));
        var fields = json.RootElement.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("chamber").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(fields.GetProperty("sessionYear").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(fields.GetProperty("number").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(fields.GetProperty("dossiers")[0].GetProperty("suffix").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        });
    }

    internal static KamerstukCitation ParseKamerstuk(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citation, Is.TypeOf<KamerstukCitation>());
        return (KamerstukCitation)result.Citation!;
    }

    private static string Describe(KamerstukCitation c)
    {
        var dossiers = c.Dossiers.Count == 0 ? "-" : string.Join("+", c.Dossiers.Select(d => d.Suffix is null ? d.Number : d.Number + "/" + d.Suffix));
        return $"{c.Chamber?.ToCitationForm() ?? "-"} {c.SessionYear?.ToString() ?? "-"} {dossiers} nr={string.Join(",", c.Numbers)} p={c.Pages ?? "-"}";
    }
}
