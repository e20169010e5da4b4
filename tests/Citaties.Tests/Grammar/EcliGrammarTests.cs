using System.Text.Json;
using Citaties.Model;

namespace Citaties.Tests.Grammar;

[TestFixture]
public class EcliGrammarTests
{
    private static EcliCitation ParseEcli(string text)
    {
        var result = CitationFinder.TryParse(text);
        Assert.That(result.Success, Is.True, result.Error?.Message);
        Assert.That(result.Citation, Is.TypeOf<EcliCitation>());
        return (EcliCitation)result.Citation!;
    }

    [TestCase("ECLI:NL:HR:2016:162", "NL", "HR", 2016, "162")]
    [TestCase("ECLI:NL:HR:2005:AR5213", "NL", "HR", 2005, "AR5213")]
    [TestCase("ecli:nl:hr:2016:162", "NL", "HR", 2016, "162")]
    [TestCase("ECLI:NL:RBDHA:2013:BZ7059", "NL", "RBDHA", 2013, "BZ7059")]
    [TestCase("ECLI:EU:C:2005:446", "EU", "C", 2005, "446")]
    [TestCase("ECLI:CE:ECHR:2016:0913JUD005054108", "CE", "ECHR", 2016, "0913JUD005054108")]
    [TestCase("ECLI:BE:CASS:1999:ARR.19990427.9", "BE", "CASS", 1999, "ARR.19990427.9")]
    public void Parses_well_formed_eclis(string text, string country, string court, int year, string ordinal)
    {
        var ecli = ParseEcli(text);

        Assert.Multiple(() =>
        {
            Assert.That(ecli.Country, Is.EqualTo(country));
            Assert.That(ecli.Court, Is.EqualTo(court));
            Assert.That(ecli.Year, Is.EqualTo(year));
            Assert.That(ecli.Ordinal, Is.EqualTo(ordinal));
            Assert.That(ecli.HasPrefix, Is.True);
            Assert.That(ecli.Defects, Is.EqualTo(EcliDefect.None));
            Assert.That(ecli.IsWellFormed, Is.True);
            Assert.That(ecli.Repaired, Is.Null);
            Assert.That(ecli.Value, Is.EqualTo(text.ToUpperInvariant()));
            Assert.That(ecli.Canonical, Is.EqualTo(text.ToUpperInvariant()));
        });
    }

    [Test]
    public void Reads_the_cjeu_form_without_prefix_as_valid()
    {
        var ecli = ParseEcli("EU:C:2005:446");

        Assert.Multiple(() =>
        {
            Assert.That(ecli.HasPrefix, Is.False);
            Assert.That(ecli.IsWellFormed, Is.True);
            Assert.That(ecli.Country, Is.EqualTo("EU"));
            Assert.That(ecli.Court, Is.EqualTo("C"));
            Assert.That(ecli.Canonical, Is.EqualTo("ECLI:EU:C:2005:446"));
            Assert.That(ecli.Links, Is.EqualTo(new[] { "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:ECLI:EU:C:2005:446" }));
        });
    }

    [TestCase("ECLI:NL:HR:2016:162", "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162")]
    [TestCase("ecli:nl:hr:2005:ar5213", "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2005:AR5213")]
    [TestCase("ECLI:EU:C:2005:446", "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=ecli:ECLI:EU:C:2005:446")]
    [TestCase("ECLI:HR:2016:113", "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:113")]
    [TestCase("ECLI:CE:ECHR:2016:0913JUD005054108", "https://hudoc.echr.coe.int/eng#%7B%22ecli%22:%5B%22ECLI:CE:ECHR:2016:0913JUD005054108%22%5D%7D")]
    public void Links_dutch_eu_and_ecthr_decisions(string text, string link)
    {
        Assert.That(ParseEcli(text).Links, Is.EqualTo(new[] { link }));
    }

    [TestCase("ECLI:BE:CASS:1999:ARR.19990427.9")]
    [TestCase("ECLI:NL:2017:309")]
    [TestCase("ECLI:NL:HR:2017:")]
    public void Gives_no_link_for_other_countries_or_unrepairable_eclis(string text)
    {
        Assert.That(ParseEcli(text).Links, Is.Empty);
    }

    [TestCase("ECLI:HR:2016:113", EcliDefect.MissingCountry, "ECLI:NL:HR:2016:113")]
    [TestCase("ECLI:RVS:2020:989", EcliDefect.MissingCountry, "ECLI:NL:RVS:2020:989")]
    [TestCase("ECLI:NL:HR;2014:1528", EcliDefect.SeparatorTypo, "ECLI:NL:HR:2014:1528")]
    [TestCase("ECLI:NLRVS:2020:1", EcliDefect.MissingSeparator, "ECLI:NL:RVS:2020:1")]
    [TestCase("ECLI:NL:HR2018:1433", EcliDefect.MissingSeparator, "ECLI:NL:HR:2018:1433")]
    [TestCase("ECLI::EU:C:2013:180", EcliDefect.SeparatorTypo, "ECLI:EU:C:2013:180")]
    [TestCase("ELCI:NL:HR:2016:162", EcliDefect.MisspelledPrefix, "ECLI:NL:HR:2016:162")]
    [TestCase("ECL:NL:HR:2016:162", EcliDefect.MisspelledPrefix, "ECLI:NL:HR:2016:162")]
    [TestCase("ECLl:NL:HR:2016:162", EcliDefect.MisspelledPrefix, "ECLI:NL:HR:2016:162")]
    [TestCase("ECLI:NL:HR:2011:LJN:BQ8092", EcliDefect.LjnInside, "ECLI:NL:HR:2011:BQ8092")]
    [TestCase("ECLI:CE:2006:0131JUD005043599", EcliDefect.MissingCourt, "ECLI:CE:ECHR:2006:0131JUD005043599")]
    [TestCase("ECLI:NL:HR:2020:01234", EcliDefect.LeadingZero, "ECLI:NL:HR:2020:1234")]
    [TestCase("ELCI:NL:HR;2014:1528", EcliDefect.MisspelledPrefix | EcliDefect.SeparatorTypo, "ECLI:NL:HR:2014:1528")]
    [TestCase("ECLI:NL:HR: 2008:BG5987", EcliDefect.SpaceInside, "ECLI:NL:HR:2008:BG5987")]
    public void Records_repairable_defects_with_the_repair(string text, EcliDefect defects, string repaired)
    {
        var ecli = ParseEcli(text);

        Assert.Multiple(() =>
        {
            Assert.That(ecli.Defects, Is.EqualTo(defects));
            Assert.That(ecli.IsWellFormed, Is.False);
            Assert.That(ecli.Repaired, Is.EqualTo(repaired));
            Assert.That(ecli.Value, Is.EqualTo(repaired));
            Assert.That(ecli.Canonical, Is.EqualTo(repaired));
            Assert.That(ecli.Text, Is.EqualTo(text));
        });
    }

    [TestCase("ECLI:NL:2017:309", EcliDefect.MissingCourt, "NL", null, 2017, "309")]
    [TestCase("ECLI:NL:HR:BD2578", EcliDefect.MissingYear, "NL", "HR", null, "BD2578")]
    [TestCase("ECLI:NL:HR:2017:", EcliDefect.MissingOrdinal, "NL", "HR", 2017, null)]
    [TestCase("ECLI:C:EU:2013:180", EcliDefect.SwappedParts, "C", "EU", 2013, "180")]
    [TestCase("ECLI:NL:HR:2201", EcliDefect.MissingOrdinal | EcliDefect.ImpossibleYear, "NL", "HR", 2201, null)]
    [TestCase("ECLI:NL:HR:16:162", EcliDefect.MalformedPart, "NL", "HR", null, "162")]
    [TestCase("ECLI:NL:HR:2016:0", EcliDefect.MalformedPart, "NL", "HR", 2016, "0")]
    [TestCase("ECLI:NL:HR:2016:ABCDEFGHIJKLMNOPQRSTUVWXYZ", EcliDefect.MalformedPart, "NL", "HR", 2016, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")]
    public void Records_unrepairable_defects_and_keeps_the_text_upper_cased(
        string text, EcliDefect defects, string? country, string? court, int? year, string? ordinal)
    {
        var ecli = ParseEcli(text);

        Assert.Multiple(() =>
        {
            Assert.That(ecli.Defects, Is.EqualTo(defects));
            Assert.That(ecli.Repaired, Is.Null);
            Assert.That(ecli.Canonical, Is.EqualTo(text.ToUpperInvariant()));
            Assert.That(ecli.Country, Is.EqualTo(country));
            Assert.That(ecli.Court, Is.EqualTo(court));
            Assert.That(ecli.Year, Is.EqualTo(year));
            Assert.That(ecli.Ordinal, Is.EqualTo(ordinal));
            Assert.That(ecli.Links, Is.Empty);
        });
    }

    [TestCase("ECLI:NL:HR:2005:AR5213", true)]
    [TestCase("ECLI:NL:HR:2020:AB1234", true)]
    [TestCase("ECLI:NL:HR:2016:162", false)]
    [TestCase("ECLI:EU:C:2005:AB1234", false)]
    public void Tells_an_ljn_ordinal_for_the_after_2013_warning(string text, bool isLjn)
    {
        Assert.That(ParseEcli(text).IsLjnOrdinal, Is.EqualTo(isLjn));
    }

    [Test]
    public void Writes_the_json_fields()
    {
        var fields = CitationJsonProbe.Fields(ParseEcli("ECLI:NL:HR:2016:162"));

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("value").GetString(), Is.EqualTo("ECLI:NL:HR:2016:162"));
            Assert.That(fields.GetProperty("country").GetString(), Is.EqualTo("NL"));
            Assert.That(fields.GetProperty("court").GetString(), Is.EqualTo("HR"));
            Assert.That(fields.GetProperty("year").GetInt32(), Is.EqualTo(2016));
            Assert.That(fields.GetProperty("ordinal").GetString(), Is.EqualTo("162"));
            Assert.That(fields.GetProperty("hasPrefix").GetBoolean(), Is.True);
            Assert.That(fields.GetProperty("defects").GetArrayLength(), Is.Zero);
            Assert.That(fields.GetProperty("repaired").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Writes_defects_and_repair_in_json()
    {
        var json = CitationJsonProbe.Write(ParseEcli("ELCI:NL:HR;2014:1528"));
        var fields = json.GetProperty("fields");

        Assert.Multiple(() =>
        {
            Assert.That(json.GetProperty("kind").GetString(), Is.EqualTo("ecli"));
            Assert.That(json.GetProperty("canonical").GetString(), Is.EqualTo("ECLI:NL:HR:2014:1528"));
            Assert.That(fields.GetProperty("defects").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "misspelledPrefix", "separatorTypo" }));
            Assert.That(fields.GetProperty("repaired").GetString(), Is.EqualTo("ECLI:NL:HR:2014:1528"));
        });
    }

    [Test]
    public void Writes_missing_parts_as_json_null()
    {
        var fields = CitationJsonProbe.Fields(ParseEcli("ECLI:NL:HR:BD2578"));

        Assert.That(fields.GetProperty("year").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(fields.GetProperty("defects").EnumerateArray().Select(e => e.GetString()), Is.EqualTo(new[] { "missingYear" }));
    }

    [TestCase("ECLI", 4, "':'")]
    [TestCase("ECLI:", 5, "ECLI part")]
    [TestCase("ECLI:NL:HR:2016:162!", 19, null)]
    public void Reports_where_broken_input_fails(string text, int position, string? expected)
    {
        var result = CitationFinder.TryParse(text);

        Assert.That(result.Success, Is.False);
        Assert.That(result.Error!.Position, Is.EqualTo(position), result.Error.Message);
        if (expected is not null)
        {
            Assert.That(result.Error.Message, Does.Contain(expected));
        }
    }

    [TestCase("Zie HR 29 januari 2016, ECLI:NL:HR:2016:162, r.o. 3.8.", "ECLI:NL:HR:2016:162", 24)]
    [TestCase("(ECLI:NL:HR:2014:1194).", "ECLI:NL:HR:2014:1194", 1)]
    [TestCase("arrest ECLI:NL:HR:2016:741.\n\nIn die zaak", "ECLI:NL:HR:2016:741", 7)]
    [TestCase("zie ECLI:NL:HR:2016:162; en ECLI:NL:HR:2016:163", "ECLI:NL:HR:2016:162", 4)]
    [TestCase("Hof van Justitie, EU:C:2005:446, punt 3", "EU:C:2005:446", 18)]
    [TestCase("zie https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162 voor", "ECLI:NL:HR:2016:162", 49)]
    [TestCase("arrest ECLI:NL:HR:2017: (ordinal cut off)", "ECLI:NL:HR:2017:", 7)]
    [TestCase("arrest ECLI:NL:HR:2017: zie ook", "ECLI:NL:HR:2017:", 7)]
    [TestCase("(zie HR, ECLI:NL:HR: 2008:BG5987, r.o. 3.3)", "ECLI:NL:HR: 2008:BG5987", 9)]
    [TestCase("arrest ECLI:NL:HR:2016:162: de Hoge Raad", "ECLI:NL:HR:2016:162", 7)]
    [TestCase("ECLI:BE:CASS:1999:ARR.19990427.9.", "ECLI:BE:CASS:1999:ARR.19990427.9", 0)]
    public void Extracts_eclis_from_running_text_with_exact_spans(string text, string found, int start)
    {
        var ecli = CitationFinder.Extract(text).OfType<EcliCitation>().First();

        Assert.That(ecli.Text, Is.EqualTo(found));
        Assert.That(ecli.Span, Is.EqualTo(new TextSpan(start, found.Length)));
    }

    [Test]
    public void Reads_a_court_written_before_the_prefix_as_an_ecli_without_court()
    {
        var ecli = CitationFinder.Extract("uitspraak CRVB:ECLI:NL:2015:2361.").OfType<EcliCitation>().Single();

        Assert.That(ecli.Text, Is.EqualTo("ECLI:NL:2015:2361"));
        Assert.That(ecli.Defects, Is.EqualTo(EcliDefect.MissingCourt));
    }

    [TestCase("EU")]
    [TestCase("EU:X:2005:446")]
    public void Takes_no_other_eu_text_for_an_ecli(string text)
    {
        Assert.That(CitationFinder.TryParse(text).Success, Is.False);
    }

    [Test]
    public void Extracts_every_ecli_of_an_enumeration()
    {
        var citations = CitationFinder.Extract("vgl. ECLI:NL:HR:2016:252, ECLI:NL:HR:2018:51, ECLI:NL:HR:2019:1786, en EU:C:2005:446.");

        Assert.That(citations.Select(c => c.Canonical), Is.EqualTo(new[]
        {
            "ECLI:NL:HR:2016:252", "ECLI:NL:HR:2018:51", "ECLI:NL:HR:2019:1786", "ECLI:EU:C:2005:446",
        }));
    }

    [TestCase("The ecliptic and an eclectic mix.")]
    [TestCase("ECLI-nummer ontbreekt")]
    [TestCase("xECLI:NL:HR:2016:162")]
    [TestCase("EUR:C:2005:446")]
    [TestCase("de EU: C-beleid")]
    public void Ignores_lookalikes(string text)
    {
        Assert.That(CitationFinder.Extract(text).OfType<EcliCitation>(), Is.Empty);
    }

    [Test]
    public void Never_throws_on_truncated_prefixes()
    {
        foreach (var text in new[] { "ECLI:", "ECLI::", "ECLI:;", "ELCI:", "EU:C:", "ECL;", "ECLI:NL:", "ECLI:NL:HR:2016:162:" })
        {
            Assert.DoesNotThrow(() => CitationFinder.Extract(text), text);
            Assert.DoesNotThrow(() => CitationFinder.TryParse(text), text);
        }
    }
}
