using Citaties.OpenXml.Input;
using Citaties.OpenXml.Tests.Samples;
using DocumentFormat.OpenXml.Packaging;

namespace Citaties.OpenXml.Tests;

/// <summary>Annotating a document held in a stream: same result as the file path, the input left alone, bad input refused.</summary>
[TestFixture]
public class DocxCitationsStreamTests
{
    private static byte[] Sample() => File.ReadAllBytes(SamplePaths.WetsvoorstelDocx);

    [Test]
    public void Annotating_a_stream_gives_what_annotating_the_file_gives_and_leaves_the_input_alone()
    {
        var bytes = Sample();
        var input = new MemoryStream(bytes.ToArray());
        input.Position = input.Length;
        using var output = new MemoryStream();
        var folder = Path.Combine(Path.GetTempPath(), "citaties-stream-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var viaStream = DocxCitations.Annotate(input, output, "wetsvoorstel.docx");
            var viaFile = DocxCitations.Annotate(SamplePaths.WetsvoorstelDocx, Path.Combine(folder, "uit.docx"));

            Assert.That(input.ToArray(), Is.EqualTo(bytes));
            Assert.That(viaStream.Text.Text, Is.EqualTo(viaFile.Text.Text));
            Assert.That(viaStream.Citations.Select(c => c.Canonical), Is.EqualTo(viaFile.Citations.Select(c => c.Canonical)).And.Not.Empty);
            Assert.That(viaStream.Diagnostics.Select(d => d.Diagnostic.ToString()), Is.EqualTo(viaFile.Diagnostics.Select(d => d.Diagnostic.ToString())));
            Assert.That(StoryText.Read(output.ToArray()).Text, Is.EqualTo(StoryText.Read(File.ReadAllBytes(Path.Combine(folder, "uit.docx"))).Text));
            using var document = WordprocessingDocument.Open(new MemoryStream(output.ToArray()), false);
            Assert.That(Revisions.ValidationErrors(document), Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_stream_that_cannot_seek_is_read_from_where_it_stands()
    {
        using var output = new MemoryStream();

        var result = DocxCitations.Annotate(new ForwardOnlyStream(Sample()), output, "wetsvoorstel.docx");

        Assert.That(result.Text.Text, Is.EqualTo(StoryText.Read(Sample()).Text));
        Assert.That(StoryText.WithoutComments(StoryText.Read(output.ToArray())), Is.EqualTo(result.Text.Text));
    }

    [Test]
    public void Bad_input_is_refused_with_a_reason_and_nothing_is_written()
    {
        using var output = new MemoryStream();

        var error = Assert.Throws<DocxException>(() => DocxCitations.Annotate(new MemoryStream("geen docx"u8.ToArray()), output, "kapot.docx"))!;

        Assert.That(error.Path, Is.EqualTo("kapot.docx"));
        Assert.That(error.Reason, Does.Contain("not a .docx"));
        Assert.That(output.Length, Is.Zero);
    }

    private sealed class ForwardOnlyStream : MemoryStream
    {
        public ForwardOnlyStream(byte[] bytes)
            : base(bytes)
        {
        }

        public override bool CanSeek => false;
    }
}
