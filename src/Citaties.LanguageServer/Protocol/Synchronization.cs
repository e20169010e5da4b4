using System.Text.Json.Serialization;

namespace Citaties.LanguageServer.Protocol;

/// <summary>The parameters of <c>textDocument/didOpen</c>.</summary>
internal sealed record DidOpenTextDocumentParams([property: JsonPropertyName("textDocument")] TextDocumentItem TextDocument);

/// <summary>The parameters of <c>textDocument/didChange</c>: the changes in the order the client made them.</summary>
internal sealed record DidChangeTextDocumentParams(
    [property: JsonPropertyName("textDocument")] VersionedTextDocumentIdentifier TextDocument,
    [property: JsonPropertyName("contentChanges")] TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>One change: <see cref="Range"/> replaced by <see cref="Text"/>, or, without a range, the whole new text.</summary>
internal sealed record TextDocumentContentChangeEvent(
    [property: JsonPropertyName("range")] Range? Range,
    [property: JsonPropertyName("text")] string Text);

/// <summary>The parameters of <c>textDocument/didClose</c>.</summary>
internal sealed record DidCloseTextDocumentParams([property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument);

/// <summary>The parameters of <c>textDocument/didSave</c> (without the text, which this server does not ask for).</summary>
internal sealed record DidSaveTextDocumentParams([property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument);
