using System.Collections.Generic;
using Citaties.Documents;

namespace Citaties.OpenXml;

/// <summary>Word documents (<c>.docx</c>) for a <see cref="DocumentReader"/>: <c>DocumentReader.Default.With(DocxFormat.Instance)</c>.</summary>
public sealed class DocxFormat : SourceFormat
{
    private static readonly string[] DocxExtensions = { ".docx" };

    private DocxFormat()
    {
    }

    /// <summary>The one instance.</summary>
    public static DocxFormat Instance { get; } = new();

    /// <inheritdoc />
    public override IReadOnlyList<string> Extensions => DocxExtensions;

    /// <inheritdoc />
    public override SourceDocument Read(string name, byte[] bytes, EncodingPolicy encoding) => DocxDocument.Read(name, bytes);
}
