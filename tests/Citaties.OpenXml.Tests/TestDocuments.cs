using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Tests;

/// <summary>Builds small Word documents in memory with the SDK, so every test document can be read in its test.</summary>
public static class TestDocuments
{
    /// <summary>A document whose body holds <paramref name="content"/>, with optional extra parts set up by <paramref name="parts"/>.</summary>
    public static MemoryStream Create(IEnumerable<OpenXmlElement> content, Action<MainDocumentPart>? parts = null)
    {
        var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(content));
            parts?.Invoke(main);
            main.Document.Save();
        }

        stream.Position = 0;
        return stream;
    }

    public static Paragraph Paragraph(params OpenXmlElement[] runs) => new(runs);

    public static Run Run(string text, bool bold = false, bool hidden = false)
    {
        var run = new Run();
        if (bold || hidden)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (hidden)
            {
                properties.Append(new Vanish());
            }

            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>A tracked deletion (<c>w:del</c>) of a run holding <paramref name="text"/>.</summary>
    public static DeletedRun Deletion(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = "90", Author = "Redacteur", Date = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc) };

    /// <summary>A tracked insertion (<c>w:ins</c>) of a run holding <paramref name="text"/>.</summary>
    public static InsertedRun Insertion(string text) =>
        new(Run(text)) { Id = "91", Author = "Redacteur", Date = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc) };

    /// <summary>A complex field: code <paramref name="code"/>, shown result <paramref name="result"/>.</summary>
    public static IEnumerable<OpenXmlElement> Field(string code, string result) => new OpenXmlElement[]
    {
        new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
        new Run(new FieldCode(code) { Space = SpaceProcessingModeValues.Preserve }),
        new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
        Run(result),
        new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
    };
}
