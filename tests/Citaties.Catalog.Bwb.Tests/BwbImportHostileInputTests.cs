using System.Text;
using Citaties.Tests;
using CsCheck;
using static Citaties.Catalog.Bwb.Tests.BwbXml;

namespace Citaties.Catalog.Bwb.Tests;

/// <summary>Corrupt, truncated, foreign and hostile input ends in a BwbImportException naming the file and the reason.</summary>
[TestFixture]
public class BwbImportHostileInputTests
{
    private const string BillionLaughs =
        "<?xml version=\"1.0\"?><!DOCTYPE toestand [<!ENTITY lol \"lol\">" +
        "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">" +
        "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">" +
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">" +
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">" +
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">" +
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">" +
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">" +
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">" +
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>" +
        "<toestand bwb-id=\"BWBR0000002\"><wetgeving><citeertitel>&lol9;</citeertitel></wetgeving></toestand>";

    private static BwbImportException Rejects(byte[] bytes, string sourceName = "hostile.xml")
    {
        var error = Assert.Throws<BwbImportException>(() => new BwbImporter().Read(new MemoryStream(bytes), sourceName))!;
        Assert.That(error.Message, Does.StartWith($"BWB file '{sourceName}' cannot be imported: "));
        Assert.That(error.SourceName, Is.EqualTo(sourceName));
        return error;
    }

    private static BwbImportException Rejects(string xml) => Rejects(Encoding.UTF8.GetBytes(xml));

    [Test]
    public void Billion_laughs_is_refused_without_expanding_anything()
    {
        var error = Rejects(BillionLaughs);

        Assert.That(error.Reason, Does.Contain("lol9"), "the DTD is ignored, so the entity is undeclared");
    }

    [Test]
    public void An_external_entity_is_never_resolved()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "GEHEIM");
        try
        {
            var xml = $"<?xml version=\"1.0\"?><!DOCTYPE toestand [<!ENTITY xxe SYSTEM \"{new Uri(secret).AbsoluteUri}\">]>" +
                      "<toestand bwb-id=\"BWBR0000002\"><wetgeving><citeertitel>&xxe;</citeertitel>" + Article("1") + "</wetgeving></toestand>";

            var error = Rejects(xml);

            Assert.That(error.Message, Does.Not.Contain("GEHEIM"));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Test]
    public void An_external_parameter_entity_is_never_fetched()
    {
        // With a resolver this would try the network; with the DTD ignored the document is simply read.
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE toestand [<!ENTITY % remote SYSTEM \"http://127.0.0.1:9/evil.dtd\"> %remote;]>" +
                  "<toestand bwb-id=\"BWBR0000002\" inwerkingtreding=\"2020-01-01\"><wetgeving><citeertitel>Wet</citeertitel>" + Article("1") + "</wetgeving></toestand>";

        var law = Read(xml).Law!;

        Assert.That(law.Articles!.Single().Label, Is.EqualTo("1"));
    }

    [TestCase("", TestName = "Empty file")]
    [TestCase("   \n\t ", TestName = "Only whitespace")]
    [TestCase("<!DOCTYPE html><html><head><title>Wetten</title></head><body><p>Niet gevonden<br></body></html>", TestName = "HTML page")]
    [TestCase("<html><body><p>Welkom</p></body></html>", TestName = "Well-formed XHTML")]
    [TestCase("{\"laws\": []}", TestName = "JSON")]
    [TestCase("<foo><artikel><kop><nr>1</nr></kop></artikel></foo>", TestName = "Foreign root element")]
    [TestCase("<wetgeving/>", TestName = "Empty wetgeving root")]
    [TestCase("<toestand bwb-id=\"BWBR0000002\"><wetgeving><citeertitel>Wet</citeertitel>", TestName = "Truncated toestand")]
    [TestCase("<?xml version=\"1.0\" encoding=\"x-onbekend\"?><toestand/>", TestName = "Unknown encoding")]
    [TestCase("<toestand bwb-id=\"BWBR0000002\">&bestaatniet;</toestand>", TestName = "Undeclared entity")]
    [TestCase("<toestand bwb-id=\"a\" bwb-id=\"b\"/>", TestName = "Duplicate attribute")]
    [TestCase("<work label=\"geen-id\"><expression/></work>", TestName = "Work element that is no manifest")]
    public void Rejects_input_that_is_not_a_BWB_document(string text)
    {
        Rejects(text);
    }

    [Test]
    public void Rejects_binary_junk_and_invalid_utf8()
    {
        Rejects(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFE, 0x00 }, "document.docx");
        Rejects(Encoding.UTF8.GetBytes("<toestand bwb-id=\"BWBR0000002\"><wetgeving><citeertitel>").Concat(new byte[] { 0xC3, 0x28, 0xFF }).Concat(Encoding.UTF8.GetBytes("</citeertitel></wetgeving></toestand>")).ToArray());
    }

    [Test]
    public void A_document_beyond_the_size_limit_is_refused()
    {
        var xml = Toestand(string.Concat(Enumerable.Repeat(Article("1", "<al>" + new string('x', 1000) + "</al>"), 100)));
        var importer = new BwbImporter(new BwbImportOptions { MaxDocumentCharacters = 10_000 });

        var error = Assert.Throws<BwbImportException>(() => importer.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), "groot.xml"));

        Assert.That(error!.Reason, Does.Contain("safety limit"));
    }

    [Test]
    public void Deep_nesting_neither_overflows_the_stack_nor_counts_as_articles()
    {
        const int depth = 50_000;
        var xml = "<toestand bwb-id=\"BWBR0000002\" inwerkingtreding=\"2020-01-01\"><wetgeving><citeertitel>Diep</citeertitel>" +
                  new StringBuilder().Insert(0, "<divisie>", depth) + Article("1") + new StringBuilder().Insert(0, "</divisie>", depth) +
                  "</wetgeving></toestand>";

        var law = Read(xml).Law!;

        Assert.That(law.Articles!.Select(a => a.Label), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void Random_bytes_are_imported_or_refused_with_a_BwbImportException_only()
    {
        Gen.Byte.Array[0, 3000].Sample(ImportsOrRefuses, iter: 2000);
    }

    [Test]
    public void Random_xml_like_text_is_imported_or_refused_with_a_BwbImportException_only()
    {
        var pieces = new[]
        {
            "<toestand bwb-id=\"BWBR0000002\">", "<wetgeving>", "</wetgeving>", "<artikel>", "</artikel>", "<kop>", "</kop>",
            "<nr>", "</nr>", "1", "<lid>", "</lid>", "<bijlage>", "</bijlage>", "Vervallen.", "&amp;", "&lol;", "<![CDATA[x]]>",
            "<meta-data>", "</meta-data>", "<citeertitel>", "</citeertitel>", "<!DOCTYPE x>", "</toestand>", " ", "\u00A0", "<a/>",
        };
        Gen.Int[0, pieces.Length - 1].Array[0, 60]
            .Select(indexes => Encoding.UTF8.GetBytes(string.Concat(indexes.Select(i => pieces[i]))))
            .Sample(ImportsOrRefuses, iter: 2000);
    }

    [Test]
    public void Random_truncations_of_a_real_file_are_imported_or_refused_with_a_BwbImportException_only()
    {
        var bytes = File.ReadAllBytes(CorpusPaths.RequireCorpus("bwb", "toestand", "bwb_toestand_3.xml"));

        Gen.Int[0, bytes.Length].Sample(length => ImportsOrRefuses(bytes.AsSpan(0, length).ToArray()), iter: 500);
        Assert.That(new BwbImporter().Read(new MemoryStream(bytes), "whole.xml").Law!.Articles, Has.Count.EqualTo(3));
    }

    [Test]
    public void Random_truncations_of_a_small_document_are_refused_with_a_BwbImportException()
    {
        var bytes = Encoding.UTF8.GetBytes(Wetgeving(Article("1", Leden(2)) + Article("2")));

        // Every proper prefix of the document lacks at least its closing tag.
        Gen.Int[0, bytes.Length - 1].Sample(length => Rejects(bytes.AsSpan(0, length).ToArray()), iter: 500);
    }

    [Test]
    public void Random_byte_flips_in_a_small_valid_document_are_imported_or_refused_with_a_BwbImportException_only()
    {
        var bytes = Encoding.UTF8.GetBytes(Toestand(Article("1", Leden(2)) + Article("2", "<al>Vervallen.</al>") + "<bijlage>" + Article("1") + "</bijlage>"));

        Gen.Select(Gen.Int[0, bytes.Length - 1], Gen.Byte).Array[1, 8]
            .Select(flips =>
            {
                var copy = (byte[])bytes.Clone();
                foreach (var (position, value) in flips)
                {
                    copy[position] = value;
                }

                return copy;
            })
            .Sample(ImportsOrRefuses, iter: 3000);
    }

    private static void ImportsOrRefuses(byte[] bytes)
    {
        BwbImportResult result;
        try
        {
            result = new BwbImporter().Read(new MemoryStream(bytes), "random.xml");
        }
        catch (BwbImportException e)
        {
            if (!e.Message.StartsWith("BWB file 'random.xml' cannot be imported: ", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The message does not name the file: " + e.Message);
            }

            return;
        }

        // What is accepted must be a whole result: a law with a title and clean labels, or metadata, or a manifest.
        if (result.Law is { } law && (law.Title.Length == 0 || law.Articles!.Any(a => a.Label.Length == 0 || a.Label != a.Label.Trim() || a.Paragraphs < 0)))
        {
            throw new InvalidOperationException("An accepted document gave an incomplete law entry.");
        }
    }
}
