using System.Collections.Generic;
using Citaties.Model;
using Citaties.OpenXml.Reading;

namespace Citaties.OpenXml;

/// <summary>What linting a Word document found.</summary>
/// <param name="Text">The extracted text the offsets refer to.</param>
/// <param name="Citations">Every citation, in text order.</param>
/// <param name="Diagnostics">Every finding, with its paragraph.</param>
public sealed record DocxLintResult(DocxText Text, IReadOnlyList<Citation> Citations, IReadOnlyList<DocxDiagnostic> Diagnostics);
