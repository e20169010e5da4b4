using Citaties.OpenXml.Reading;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Tests.Samples;

/// <summary>Reading back what an edit did: the text outside the comments story, and the text each comment is anchored on.</summary>
public static class StoryText
{
    public static DocxText Read(byte[] bytes)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return DocxTextReader.Read(document);
    }

    /// <summary>The text of every story but the comments, laid out as the reader lays it out.</summary>
    public static string WithoutComments(DocxText text) =>
        string.Join(DocxText.ParagraphSeparator, text.Paragraphs.Where(p => p.Story != DocxStory.Comments).Select(p => text.Text.Substring(p.Span.Start, p.Span.Length)));

    /// <summary>The lines of the comments story.</summary>
    public static IReadOnlyList<string> CommentLines(DocxText text) =>
        text.Paragraphs.Where(p => p.Story == DocxStory.Comments).Select(p => text.Text.Substring(p.Span.Start, p.Span.Length)).ToList();

    /// <summary>
    /// The text between each comment's range start and end in the body, by comment id, leaving out the
    /// VML copy of text boxes and deleted text, as the reader does.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AnchoredText(WordprocessingDocument document)
    {
        var open = new Dictionary<string, System.Text.StringBuilder>();
        var done = new Dictionary<string, string>();
        Walk(document.MainDocumentPart!.Document.Body!, open, done);
        return done;
    }

    private static void Walk(OpenXmlElement element, Dictionary<string, System.Text.StringBuilder> open, Dictionary<string, string> done)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case AlternateContentFallback:
                    continue;
                case CommentRangeStart start:
                    open[start.Id!.Value!] = new System.Text.StringBuilder();
                    continue;
                case CommentRangeEnd end:
                    done[end.Id!.Value!] = open[end.Id!.Value!].ToString();
                    open.Remove(end.Id!.Value!);
                    continue;
                case Text t:
                    foreach (var builder in open.Values)
                    {
                        builder.Append(t.Text);
                    }

                    continue;
                default:
                    Walk(child, open, done);
                    continue;
            }
        }
    }
}
