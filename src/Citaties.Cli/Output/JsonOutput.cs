using System.Collections.Generic;
using System.IO;
using Citaties.Documents;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Cli.Output;

/// <summary>
/// The machine interface of DESIGN.md: <c>{ "files": [ { "path", "citations": [ ... ] } ] }</c>, indented,
/// each citation written by <see cref="CitationJson.Write"/>.
/// </summary>
internal sealed class JsonOutput : IExtractOutput
{
    private readonly JsonSink sink;

    /// <summary>Starts the document on <paramref name="output"/>.</summary>
    public JsonOutput(TextWriter output)
    {
        sink = new JsonSink(output);
        sink.OpenFiles();
    }

    /// <inheritdoc />
    public void WriteFile(SourceDocument document, IReadOnlyList<Citation> citations)
    {
        var writer = sink.Writer;
        writer.WriteStartObject();
        writer.WriteString("path", document.Name);
        writer.WritePropertyName("citations");
        writer.WriteStartArray();
        foreach (var citation in citations)
        {
            CitationJson.Write(writer, citation);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        sink.Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        sink.CloseFiles();
    }

    /// <inheritdoc />
    public void Dispose() => sink.Dispose();
}
