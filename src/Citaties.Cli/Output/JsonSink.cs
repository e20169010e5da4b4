using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Json;

namespace Citaties.Cli.Output;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> in <see cref="JsonStyle"/> whose output goes to a <see cref="TextWriter"/>
/// in pieces (<see cref="Drain"/>), so that a long run prints as it goes.
/// </summary>
internal sealed class JsonSink : IDisposable
{
    private readonly TextWriter output;
    private readonly ArrayBufferWriter<byte> buffer = new();

    /// <summary>Writes to <paramref name="output"/>.</summary>
    public JsonSink(TextWriter output)
    {
        this.output = output;
        Writer = new Utf8JsonWriter(buffer, JsonStyle.Options);
    }

    /// <summary>The writer to write tokens with.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>
    /// Hands what is written so far to the output; a flushed writer has only written whole tokens, so no UTF-8
    /// sequence is ever split here.
    /// </summary>
    public void Drain()
    {
        Writer.Flush();
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    /// <summary>Opens the document shape both machine outputs share: <c>{ "files": [</c>.</summary>
    public void OpenFiles()
    {
        Writer.WriteStartObject();
        Writer.WritePropertyName("files");
        Writer.WriteStartArray();
    }

    /// <summary>Closes what <see cref="OpenFiles"/> opened and finishes the document.</summary>
    public void CloseFiles()
    {
        Writer.WriteEndArray();
        Writer.WriteEndObject();
        Finish();
    }

    /// <summary>Drains the rest and ends the document with a line break.</summary>
    public void Finish()
    {
        Drain();
        output.Write('\n');
        output.Flush();
    }

    /// <inheritdoc />
    public void Dispose() => Writer.Dispose();
}
