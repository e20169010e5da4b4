using System.Collections.Generic;
using System.IO;
using System.Linq;
using Citaties.Documents;

namespace Citaties.Cli.Output;

/// <summary>Writes a table of authorities as text, Markdown or JSON.</summary>
internal static class SourceWriters
{
    /// <summary>Group headings, each source with its citation count and first link, and the places below it.</summary>
    public static void Text(TextWriter output, IReadOnlyList<CitedSource> sources)
    {
        foreach (var group in sources.GroupBy(s => s.Group))
        {
            output.Write(AuthorityTable.Heading(group.Key) + "\n");
            foreach (var source in group)
            {
                var link = source.Links.Count > 0 ? "  " + source.Links[0] : string.Empty;
                output.Write($"  {source.Source}  ({source.Places.Count}x){link}\n");
                foreach (var place in source.Places)
                {
                    output.Write($"      {place}\n");
                }
            }
        }

        output.Flush();
    }

    /// <summary>A Markdown section per group with a table of sources (linked where a link is known) and places.</summary>
    public static void Markdown(TextWriter output, IReadOnlyList<CitedSource> sources)
    {
        var first = true;
        foreach (var group in sources.GroupBy(s => s.Group))
        {
            if (!first)
            {
                output.Write("\n");
            }

            first = false;
            output.Write($"## {AuthorityTable.Heading(group.Key)}\n\n| Source | Cited at |\n|---|---|\n");
            foreach (var source in group)
            {
                var name = Cell(source.Source);
                var shown = source.Links.Count > 0 ? $"[{name}]({source.Links[0]})" : name;
                output.Write($"| {shown} | {Cell(string.Join("; ", source.Places))} |\n");
            }
        }

        output.Flush();
    }

    /// <summary><c>{ "groups": [ { "group", "sources": [ { "source", "links", "citations": [ { "path", "text", "line", "column" | "part", "paragraph" } ] } ] } ] }</c>.</summary>
    public static void Json(TextWriter output, IReadOnlyList<CitedSource> sources)
    {
        using var sink = new JsonSink(output);
        var writer = sink.Writer;
        writer.WriteStartObject();
        writer.WritePropertyName("groups");
        writer.WriteStartArray();
        foreach (var group in sources.GroupBy(s => s.Group))
        {
            writer.WriteStartObject();
            writer.WriteString("group", AuthorityTable.JsonName(group.Key));
            writer.WritePropertyName("sources");
            writer.WriteStartArray();
            foreach (var source in group)
            {
                writer.WriteStartObject();
                writer.WriteString("source", source.Source);
                writer.WritePropertyName("links");
                writer.WriteStartArray();
                foreach (var link in source.Links)
                {
                    writer.WriteStringValue(link);
                }

                writer.WriteEndArray();
                writer.WritePropertyName("citations");
                writer.WriteStartArray();
                foreach (var place in source.Places)
                {
                    writer.WriteStartObject();
                    writer.WriteString("path", place.Path);
                    writer.WriteString("text", place.Text);
                    if (place.Part is null)
                    {
                        writer.WriteNumber("line", place.Line);
                        writer.WriteNumber("column", place.Column);
                    }
                    else
                    {
                        writer.WriteString("part", place.Part);
                        writer.WriteNumber("paragraph", place.Paragraph);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        sink.Finish();
    }

    // A pipe would end the cell and a line break the row.
    private static string Cell(string text) => text.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
