using System.Text.Json;
using Citaties.Model;

namespace Citaties.Tests.Serialization;

/// <summary>The machine-interface fields of case citations (kind <c>case</c>).</summary>
[TestFixture]
public class CaseFieldsTests
{
    private static JsonElement Fields(string text) =>
        FieldsJson.Of(CitationFinder.Extract(text).OfType<CaseCitation>().Single());

    [Test]
    public void Writes_every_field_of_a_full_citation()
    {
        var fields = Fields("Rb. Den Haag (zittingsplaats Haarlem) (vzr.) 20 maart 2013, 13/1234, ECLI:NL:RBDHA:2013:BZ7059, r.o. 4.2 (concl. A-G J. Spier), NJ 2013/300, m.nt. T. Hartlief (Kelderluik)");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("court").GetString(), Is.EqualTo("Rb. Den Haag"));
            Assert.That(fields.GetProperty("courtCode").GetString(), Is.EqualTo("RBDHA"));
            Assert.That(fields.GetProperty("courtCountry").GetString(), Is.EqualTo("NL"));
            Assert.That(fields.GetProperty("location").GetString(), Is.EqualTo("Haarlem"));
            Assert.That(fields.GetProperty("qualifier").GetString(), Is.EqualTo("vzr."));
            Assert.That(fields.GetProperty("date").GetString(), Is.EqualTo("2013-03-20"));
            Assert.That(fields.GetProperty("ecli").GetString(), Is.EqualTo("ECLI:NL:RBDHA:2013:BZ7059"));
            Assert.That(fields.GetProperty("ljn").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("caseNumbers")[0].GetString(), Is.EqualTo("13/1234"));
            Assert.That(fields.GetProperty("pinpoint").GetString(), Is.EqualTo("r.o. 4.2"));
            Assert.That(fields.GetProperty("conclusion").GetString(), Is.EqualTo("J. Spier"));
            var report = fields.GetProperty("reports")[0];
            Assert.That(report.GetProperty("journal").GetString(), Is.EqualTo("NJ"));
            Assert.That(report.GetProperty("year").GetInt32(), Is.EqualTo(2013));
            Assert.That(report.GetProperty("number").GetString(), Is.EqualTo("300"));
            Assert.That(report.GetProperty("annotator").GetString(), Is.EqualTo("T. Hartlief"));
            Assert.That(report.GetProperty("oldForm").GetBoolean(), Is.False);
            Assert.That(report.GetProperty("starred").GetBoolean(), Is.False);
            Assert.That(fields.GetProperty("nickname").GetString(), Is.EqualTo("Kelderluik"));
        });
    }

    [Test]
    public void Writes_nulls_and_empty_lists_for_a_journal_report_alone()
    {
        var fields = Fields("NJ 1994, 233");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("court").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("date").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("ecli").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("caseNumbers").GetArrayLength(), Is.Zero);
            Assert.That(fields.GetProperty("reports")[0].GetProperty("oldForm").GetBoolean(), Is.True);
        });
    }
}
