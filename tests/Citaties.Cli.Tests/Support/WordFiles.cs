using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.Cli.Tests.Support;

/// <summary>Builds small Word documents with the SDK, so every .docx a test reads is made in the test.</summary>
public static class WordFiles
{
    /// <summary>Writes a document whose body has one paragraph per string (each split into runs at '|') to <paramref name="path"/>.</summary>
    public static string Write(string path, params string[] paragraphs)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var paragraph in paragraphs)
            {
                body.Append(new Paragraph(paragraph.Split('|').Select(run =>
                    new Run(new Text(run) { Space = SpaceProcessingModeValues.Preserve }))));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return path;
    }

    /// <summary>The text of every paragraph of the body.</summary>
    public static string[] BodyParagraphs(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText).ToArray();
    }

    /// <summary>The texts of the comments of the document.</summary>
    public static string[] Comments(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var part = document.MainDocumentPart!.WordprocessingCommentsPart;
        return part?.Comments?.Elements<Comment>().Select(c => c.InnerText).ToArray() ?? Array.Empty<string>();
    }

    /// <summary>The hyperlink targets of the body.</summary>
    public static string[] Links(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        var main = document.MainDocumentPart!;
        return main.Document.Body!.Descendants<Hyperlink>()
            .Select(h => main.HyperlinkRelationships.First(r => r.Id == h.Id).Uri.ToString())
            .ToArray();
    }

    /// <summary>The texts of the tracked insertions of the body.</summary>
    public static string[] Insertions(string path)
    {
        using var document = WordprocessingDocument.Open(path, false);
        return document.MainDocumentPart!.Document.Body!.Descendants<InsertedRun>().Select(i => i.InnerText).ToArray();
    }
}
