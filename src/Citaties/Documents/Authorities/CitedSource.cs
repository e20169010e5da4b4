using System.Collections.Generic;

namespace Citaties.Documents;

/// <summary>One source of a table of authorities, with every place it is cited.</summary>
/// <param name="Group">The group it is listed under.</param>
/// <param name="Source">The source in canonical form.</param>
/// <param name="Links">Official links to it.</param>
/// <param name="Places">Where it is cited, in the order the documents were added and then in text order.</param>
public sealed record CitedSource(SourceGroup Group, string Source, IReadOnlyList<string> Links, IReadOnlyList<CitationPlace> Places);

/// <summary>Where one citation is: a line and column of a text file, or a paragraph of a part of a Word document.</summary>
/// <param name="Path">The document's name.</param>
/// <param name="Text">The citation as written.</param>
/// <param name="Line">For a text file: the line, from 1.</param>
/// <param name="Column">For a text file: the column, from 1, in UTF-16 code units.</param>
/// <param name="Part">For a Word document: the package part.</param>
/// <param name="Paragraph">For a Word document: the paragraph within the part, from 1.</param>
public sealed record CitationPlace(string Path, string Text, int Line, int Column, string? Part, int Paragraph)
{
    /// <summary>The place as a user reads it: <c>a.txt:3:14</c> or <c>draft.docx /word/document.xml paragraph 2</c>.</summary>
    public override string ToString() =>
        Part is null ? $"{Path}:{Line}:{Column}" : $"{Path} {Part} paragraph {Paragraph}";
}
