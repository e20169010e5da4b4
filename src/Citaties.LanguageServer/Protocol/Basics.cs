using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

// The structures of LSP 3.17 that every feature shares. Only the members this server reads or writes are declared;
// the serializer is told to skip what is absent and to ignore what it does not know.

/// <summary>A place in a document: a 0-based line and a 0-based character offset counted in UTF-16 code units.</summary>
internal sealed record Position([property: JsonPropertyName("line")] int Line, [property: JsonPropertyName("character")] int Character);

/// <summary>A range of a document; the end is exclusive.</summary>
internal sealed record Range([property: JsonPropertyName("start")] Position Start, [property: JsonPropertyName("end")] Position End);

/// <summary>Replace the text of <see cref="Range"/> with <see cref="NewText"/>.</summary>
internal sealed record TextEdit([property: JsonPropertyName("range")] Range Range, [property: JsonPropertyName("newText")] string NewText);

/// <summary>Names a document by its URI.</summary>
internal sealed record TextDocumentIdentifier([property: JsonPropertyName("uri")] string Uri);

/// <summary>A document as the client opens it: its URI, language, version and whole text.</summary>
internal sealed record TextDocumentItem(
    [property: JsonPropertyName("uri")] string Uri,
    [property: JsonPropertyName("languageId")] string LanguageId,
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("text")] string Text);

/// <summary>A document at a version, as a change names it.</summary>
internal sealed record VersionedTextDocumentIdentifier([property: JsonPropertyName("uri")] string Uri, [property: JsonPropertyName("version")] int Version);

/// <summary>The parameters of a request about one place of a document (hover).</summary>
internal sealed record TextDocumentPositionParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("position")] Position Position);
