using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.MSBuild.Tests.Support;

/// <summary>A small Word draft written with the SDK: a heading (outline level 1) and paragraphs under it.</summary>
public static class WordDraft
{
    /// <summary>Writes the draft to <paramref name="path"/>.</summary>
    public static void Write(string path, string heading, params string[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body(new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 0 }), new Run(new Text(heading))));
        foreach (var paragraph in paragraphs)
        {
            body.Append(new Paragraph(new Run(new Text(paragraph) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })));
        }

        main.Document = new Document(body);
        main.Document.Save();
    }
}
