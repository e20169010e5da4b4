using Citaties.Rules;

namespace Citaties.Cli.Linting;

/// <summary>One diagnostic as the front end reports it: located in the file's own text.</summary>
/// <param name="Diagnostic">The finding of the rule.</param>
/// <param name="Region">Where it is, in the file's text (for HTML the markup included; for .docx the extracted text).</param>
/// <param name="Text">The text the finding is about, as scanned.</param>
/// <param name="Fix">The suggested replacement and the region it replaces, or null.</param>
/// <param name="Place">For a Word document: the part and paragraph; otherwise null.</param>
internal sealed record LintFinding(Diagnostic Diagnostic, SourceRegion Region, string Text, FixEdit? Fix, DocxPlace? Place);

/// <summary>A suggested replacement located in the file's text.</summary>
/// <param name="Region">The text to replace.</param>
/// <param name="Replacement">The new text.</param>
internal sealed record FixEdit(SourceRegion Region, string Replacement);

/// <summary>Where a finding is in a Word document.</summary>
/// <param name="Part">The package part, e.g. <c>/word/document.xml</c>.</param>
/// <param name="Paragraph">The paragraph within the part, counted from 1.</param>
/// <param name="ParagraphText">The paragraph's text, shown for context.</param>
internal sealed record DocxPlace(string Part, int Paragraph, string ParagraphText);

/// <summary>The findings of one input.</summary>
/// <param name="Path">The path as shown to the user.</param>
/// <param name="Findings">The findings in text order.</param>
internal sealed record LintedFile(string Path, System.Collections.Generic.IReadOnlyList<LintFinding> Findings);
