using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Citaties.LanguageServer.Protocol;

namespace Citaties.LanguageServer.Documents;

/// <summary>
/// The documents the client has open, by URI. Edits arrive in order (the server dispatches notifications one at a
/// time); readers on other threads see whole snapshots.
/// </summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> documents = new(System.StringComparer.Ordinal);

    /// <summary>Every open document, as it is now.</summary>
    public IReadOnlyList<OpenDocument> All => documents.Values.ToList();

    /// <summary>Records a document the client opened (or opened again).</summary>
    public OpenDocument Open(TextDocumentItem item)
    {
        var document = new OpenDocument(item.Uri, item.LanguageId ?? string.Empty, item.Version, item.Text ?? string.Empty);
        documents[item.Uri] = document;
        return document;
    }

    /// <summary>The document with the changes made and the new version; null when it is not open.</summary>
    public OpenDocument? Change(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (!documents.TryGetValue(identifier.Uri, out var current))
        {
            return null;
        }

        var changed = current with { Version = identifier.Version, Text = IncrementalText.Apply(current.Text, changes) };
        documents[identifier.Uri] = changed;
        return changed;
    }

    /// <summary>Forgets a document the client closed.</summary>
    public bool Close(string uri) => documents.TryRemove(uri, out _);

    /// <summary>The latest snapshot of the document, or null when it is not open.</summary>
    public OpenDocument? Find(string uri) => documents.TryGetValue(uri, out var document) ? document : null;
}
