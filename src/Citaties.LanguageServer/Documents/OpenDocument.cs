namespace Citaties.LanguageServer.Documents;

/// <summary>
/// A document the client has open, at one version: its URI as the client wrote it (every answer names it so), its
/// language, and its whole text. Immutable, so that a background lint works on a snapshot while edits go on.
/// </summary>
internal sealed record OpenDocument(string Uri, string LanguageId, int Version, string Text);
