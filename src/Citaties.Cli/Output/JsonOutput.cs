using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Citaties.Model;
using Citaties.Serialization;

namespace Citaties.Cli.Output;

/// <summary>
/// The machine interface of DESIGN.md: <c>{ "files": [ { "path", "citations": [ ... ] } ] }</c>, indented,
/// each citation written by <see cref="CitationJson.Write"/>.
/// </summary>
internal sealed class JsonOutput : IExtractOutput
{
    // Non-ASCII letters stay readable ("é", not "\u00E9"): the output is UTF-8 and never embedded in HTML.
    // Line ends are "\n" on every platform so that the output is the same everywhere.
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> buffer = new();
    private readonly Utf8JsonWriter writer;

    /// <summary>Starts the document on <paramref name="output"/>.</summary>
    public JsonOutput(TextWriter output)
    {
        this.output = output;
        writer = new Utf8JsonWriter(buffer, Options);
        writer.WriteStartObject();
        writer.WritePropertyName("files");
        writer.WriteStartArray();
    }

    /// <inheritdoc />
    public void WriteFile(string path, string text, IReadOnlyList<Citation> citations)
    {
        writer.WriteStartObject();
        writer.WriteString("path", path);
        writer.WritePropertyName("citations");
        writer.WriteStartArray();
        foreach (var citation in citations)
        {
            CitationJson.Write(writer, citation);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        Drain();
    }

    /// <inheritdoc />
    public void Complete()
    {
        writer.WriteEndArray();
        writer.WriteEndObject();
        Drain();
        output.Write('\n');
        output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => writer.Dispose();

    // Hands what is written so far to the output; a flushed writer has only written whole tokens, so no
    // UTF-8 sequence is ever split here.
    private void Drain()
    {
        writer.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }
}
