using System.Collections.Generic;

namespace Citaties.Documents;

/// <summary>
/// A kind of file the <see cref="DocumentReader"/> can read, chosen by the file name's extension. The library
/// reads text, Markdown and HTML; Citaties.OpenXml adds Word documents.
/// </summary>
public abstract class SourceFormat
{
    /// <summary>The extensions of this format, lower case with the dot: <c>.docx</c>.</summary>
    public abstract IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads the document <paramref name="name"/> from <paramref name="bytes"/>; throws <see cref="DocumentException"/> for a bad file.</summary>
    public abstract SourceDocument Read(string name, byte[] bytes, EncodingPolicy encoding);
}
