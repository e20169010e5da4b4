using System.Collections.Generic;

namespace Citaties.OpenXml;

/// <summary>What fixing a Word document did.</summary>
/// <param name="Applied">The changes written into the document.</param>
/// <param name="Skipped">Changes that could not be placed (they cross a paragraph boundary or overlap another).</param>
public sealed record DocxFixResult(IReadOnlyList<TextChange> Applied, IReadOnlyList<TextChange> Skipped);
