using Citaties.OpenXml.Reading;
using Citaties.Rules;

namespace Citaties.OpenXml;

/// <summary>A finding in a Word document: the diagnostic, in offsets of the extracted text, and its paragraph.</summary>
/// <param name="Diagnostic">The finding.</param>
/// <param name="Paragraph">The paragraph it starts in, naming the part and the paragraph index.</param>
public sealed record DocxDiagnostic(Diagnostic Diagnostic, DocxParagraph Paragraph);
