using Citaties.Model;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Citaties.OpenXml.Reading;

/// <summary>One paragraph of the extracted text: where it came from and where its text lies.</summary>
public sealed class DocxParagraph
{
    internal DocxParagraph(DocxStory story, string partUri, int index, TextSpan span, Paragraph element)
    {
        Story = story;
        PartUri = partUri;
        Index = index;
        Span = span;
        Element = element;
    }

    /// <summary>The story the paragraph belongs to.</summary>
    public DocxStory Story { get; }

    /// <summary>The package part holding it, e.g. <c>/word/document.xml</c>, <c>/word/footnotes.xml</c>.</summary>
    public string PartUri { get; }

    /// <summary>The 0-based index of the paragraph within its part, in document order.</summary>
    public int Index { get; }

    /// <summary>Where the paragraph's text lies in <see cref="DocxText.Text"/> (without the line break after it).</summary>
    public TextSpan Span { get; }

    /// <summary>The paragraph element.</summary>
    public Paragraph Element { get; }
}
