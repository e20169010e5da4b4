using System.Collections.Generic;
using Citaties.Model;
using Citaties.Rules;

namespace Citaties.Documents;

/// <summary>One diagnostic located in the document's own text.</summary>
/// <param name="Diagnostic">The finding of the rule, with spans in offsets of the scanned text.</param>
/// <param name="Region">Where it is in the document's own text (for HTML the markup included; for Word the extracted text).</param>
/// <param name="Text">The text the finding is about, as scanned.</param>
/// <param name="Fix">The suggested replacement and the region it replaces, or null.</param>
/// <param name="Place">For a document with parts and paragraphs (Word): where it stands; otherwise null.</param>
public sealed record LintFinding(Diagnostic Diagnostic, SourceRegion Region, string Text, FixEdit? Fix, DocumentPlace? Place);

/// <summary>A suggested replacement located in the document's own text.</summary>
/// <param name="Region">The text to replace.</param>
/// <param name="Replacement">The new text.</param>
public sealed record FixEdit(SourceRegion Region, string Replacement);

/// <summary>Where a finding is in a document with parts and paragraphs (Word).</summary>
/// <param name="Part">The package part, e.g. <c>/word/document.xml</c>.</param>
/// <param name="Paragraph">The paragraph within the part, counted from 1.</param>
/// <param name="ParagraphText">The paragraph's text, shown for context.</param>
/// <param name="Heading">The text of the nearest heading above the paragraph in its part, or null when none: a reader
/// finds "under 'Artikel 3'" in a long draft sooner than "paragraph 212".</param>
public sealed record DocumentPlace(string Part, int Paragraph, string ParagraphText, string? Heading = null);

/// <summary>What linting one document found.</summary>
/// <param name="Document">The document.</param>
/// <param name="Citations">Every citation, in offsets of the scanned text.</param>
/// <param name="Findings">The findings in text order.</param>
public sealed record DocumentLintResult(SourceDocument Document, IReadOnlyList<Citation> Citations, IReadOnlyList<LintFinding> Findings);

/// <summary>What fixing one document did.</summary>
/// <param name="Content">The document's new bytes.</param>
/// <param name="Applied">The changes made, in offsets of the document's own text.</param>
/// <param name="Skipped">Changes that could not be made in the document (see <see cref="SkipReason"/>).</param>
/// <param name="SkipReason">Why a change of <paramref name="Skipped"/> could not be made.</param>
public sealed record DocumentFixResult(byte[] Content, IReadOnlyList<TextChange> Applied, IReadOnlyList<TextChange> Skipped, string SkipReason);

/// <summary>What linking one document did.</summary>
/// <param name="Content">The document's new bytes.</param>
/// <param name="Linked">How many citations became links.</param>
public sealed record DocumentLinkResult(byte[] Content, int Linked);
