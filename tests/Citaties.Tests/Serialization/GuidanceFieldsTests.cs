using System.Text.Json;
using Citaties.Model;

namespace Citaties.Tests.Serialization;

/// <summary>The machine-interface fields of guidance citations (kind <c>guidance</c>).</summary>
[TestFixture]
public class GuidanceFieldsTests
{
    private static JsonElement Fields(string text) =>
        FieldsJson.Of(CitationFinder.Extract(text).OfType<GuidanceCitation>().Single());

    [Test]
    public void Writes_the_fields_of_an_aanwijzing()
    {
        var fields = Fields("Aanwijzing 4.50, tweede lid, Ar");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("title").GetString(), Is.EqualTo("Aanwijzingen voor de regelgeving"));
            Assert.That(fields.GetProperty("items").EnumerateArray().Select(i => i.GetString()), Is.EqualTo(new[] { "4.50" }));
            Assert.That(fields.GetProperty("paragraph").GetString(), Is.EqualTo("2"));
            Assert.That(fields.GetProperty("bwb").GetString(), Is.EqualTo("BWBR0005730"));
            Assert.That(fields.GetProperty("gazette").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public void Writes_the_staatscourant_of_a_circular_with_the_fields_of_a_gazette()
    {
        var fields = Fields("Circulaire van de Minister van Justitie van 10 december 2004 (Stcrt. 2004, 245)");
        var gazette = fields.GetProperty("gazette");

        Assert.Multiple(() =>
        {
            Assert.That(fields.GetProperty("title").GetString(), Is.EqualTo("Circulaire van de Minister van Justitie van 10 december 2004"));
            Assert.That(fields.GetProperty("items").GetArrayLength(), Is.Zero);
            Assert.That(fields.GetProperty("paragraph").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(fields.GetProperty("bwb").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(gazette.GetProperty("journal").GetString(), Is.EqualTo("Stcrt"));
            Assert.That(gazette.GetProperty("year").GetInt32(), Is.EqualTo(2004));
            Assert.That(gazette.GetProperty("number").GetString(), Is.EqualTo("245"));
        });
    }
}
