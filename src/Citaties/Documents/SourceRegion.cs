namespace Citaties.Documents;

/// <summary>
/// A range of a document's own text: offsets and 1-based line and column of both ends. Columns count UTF-16
/// code units (as LSP, SARIF and Roslyn do); the unit columns count the source's own code units (bytes of a
/// UTF-8 file). The end is the position just after the last character, as SARIF counts it.
/// </summary>
/// <param name="Start">Offset of the first UTF-16 code unit in the source.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="StartLine">Line of the start, from 1.</param>
/// <param name="StartColumn">Column of the start, from 1, in UTF-16 code units.</param>
/// <param name="EndLine">Line of the end, from 1.</param>
/// <param name="EndColumn">Column just after the end, from 1, in UTF-16 code units.</param>
/// <param name="StartUnitColumn">Column of the start, from 1, in the source's own code units.</param>
/// <param name="EndUnitColumn">Column just after the end, from 1, in the source's own code units.</param>
public readonly record struct SourceRegion(
    int Start,
    int Length,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    int StartUnitColumn,
    int EndUnitColumn);
