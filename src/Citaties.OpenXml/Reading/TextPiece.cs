using DocumentFormat.OpenXml;

namespace Citaties.OpenXml.Reading;

/// <summary>
/// A stretch of the extracted text and the element it came from: a <c>w:t</c> (the text is a substring of
/// it, starting at <see cref="ElementOffset"/>) or an element standing for one character (a tab, a break,
/// a non-breaking hyphen).
/// </summary>
/// <param name="TextStart">Offset in the extracted text.</param>
/// <param name="Length">Number of characters.</param>
/// <param name="Element">The source element.</param>
/// <param name="ElementOffset">Offset of the first character within the element's text (0 for a one-character element).</param>
public readonly record struct TextPiece(int TextStart, int Length, OpenXmlElement Element, int ElementOffset)
{
    /// <summary>Offset just past the piece in the extracted text.</summary>
    public int TextEnd => TextStart + Length;
}
