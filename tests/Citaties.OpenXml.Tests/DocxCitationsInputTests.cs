using System.IO.Compression;
using Citaties.OpenXml.Input;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using static Citaties.OpenXml.Tests.TestDocuments;

namespace Citaties.OpenXml.Tests;

[TestFixture]
public class DocxCitationsInputTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "citaties-docx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void RemoveFolder() => Directory.Delete(folder, recursive: true);

    private string Save(string name, Stream content)
    {
        var path = Path.Combine(folder, name);
        using var file = File.Create(path);
        content.Position = 0;
        content.CopyTo(file);
        return path;
    }

    private string Save(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string ReasonFor(string path) => Assert.Throws<DocxException>(() => DocxCitations.Lint(path))!.Reason;

    [Test]
    public void Links_are_written_to_a_copy_and_the_original_is_untouched()
    {
        var input = Save("brief.docx", Create(new[] { Paragraph(Run("Zie BWBR0001903 en "), Run("BWBR0005537.")) }));
        var before = File.ReadAllBytes(input);
        var output = Path.Combine(folder, "gelinkt.docx");

        var linked = DocxCitations.Link(input, output);

        Assert.That(linked, Is.EqualTo(2));
        Assert.That(File.ReadAllBytes(input), Is.EqualTo(before));
        using var document = WordprocessingDocument.Open(output, false);
        var hyperlinks = document.MainDocumentPart!.Document.Body!.Descendants<Hyperlink>().Select(h => h.InnerText);
        Assert.That(hyperlinks, Is.EqualTo(new[] { "BWBR0001903", "BWBR0005537" }));
        Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        Assert.That(Directory.GetFiles(folder, "*.tmp"), Is.Empty);
    }

    [Test]
    public void Writing_over_the_input_is_refused()
    {
        var input = Save("brief.docx", Create(new[] { Paragraph(Run("BWBR0001903")) }));

        var error = Assert.Throws<DocxException>(() => DocxCitations.Link(input, input))!;

        Assert.That(error.Reason, Does.Contain("is the input file"));
    }

    [Test]
    public void An_empty_file_is_refused() =>
        Assert.That(ReasonFor(Save("leeg.docx", Array.Empty<byte>())), Is.EqualTo("the file is empty"));

    [Test]
    public void A_text_file_is_refused() =>
        Assert.That(ReasonFor(Save("tekst.docx", "Kamerstuk 28 638, nr. 178"u8.ToArray())), Does.Contain("not a .docx"));

    [Test]
    public void An_encrypted_document_is_refused()
    {
        var compoundFile = new byte[512];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(compoundFile, 0);

        Assert.That(ReasonFor(Save("geheim.docx", compoundFile)), Does.Contain("encrypted"));
    }

    [Test]
    public void A_truncated_document_is_refused()
    {
        var whole = Create(new[] { Paragraph(Run("BWBR0001903")) }).ToArray();

        var reason = ReasonFor(Save("half.docx", whole.Take(whole.Length / 2).ToArray()));

        Assert.That(reason, Does.Contain("damaged").Or.Contain("not a valid Word document"));
    }

    [Test]
    public void A_zip_that_is_no_office_document_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hallo.txt").Open());
            writer.Write("hallo");
        }

        Assert.That(ReasonFor(Save("zip.docx", buffer)), Does.Contain("[Content_Types].xml"));
    }

    [Test]
    public void A_zip_bomb_is_refused()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 8; i++)
            {
                entry.Write(zeros);
            }
        }

        Assert.That(ReasonFor(Save("bom.docx", buffer)), Does.Contain("zip bomb"));
    }

    [Test]
    public void A_macro_enabled_document_is_refused()
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.MacroEnabledDocument))
        {
            document.AddMainDocumentPart().Document = new Document(new Body(Paragraph(Run("tekst"))));
        }

        Assert.That(ReasonFor(Save("macro.docm", stream)), Does.Contain("macro-enabled"));
    }
}
