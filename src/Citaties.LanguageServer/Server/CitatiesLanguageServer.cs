using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Citaties.Configuration;
using Citaties.LanguageServer.Analysis;
using Citaties.LanguageServer.Documents;
using Citaties.LanguageServer.Features;
using Citaties.LanguageServer.Protocol;
using Citaties.LanguageServer.Settings;
using StreamJsonRpc;

namespace Citaties.LanguageServer.Server;

/// <summary>
/// The LSP methods: a thin adapter between the protocol and the library's document layer. Notifications keep the
/// open documents and schedule lints; requests answer from the analysis of the latest text.
/// </summary>
internal sealed class CitatiesLanguageServer : IDisposable
{
    private readonly DocumentStore documents = new();
    private readonly DocumentSettings settings;
    private readonly LintScheduler scheduler;
    private readonly LanguageServerOptions options;
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private JsonRpc? rpc;
    private volatile bool initialized;
    private volatile bool shuttingDown;

    public CitatiesLanguageServer(LanguageServerOptions options)
    {
        this.options = options;
        settings = new DocumentSettings(options.Files, (type, message) => Notify(Methods.ShowMessage, new ShowMessageParams(type, message)));
        scheduler = new LintScheduler(settings.For, PublishAsync, Log, options.Debounce);
    }

    /// <summary>Completes with the exit code when the client sends <c>exit</c>: 0 after <c>shutdown</c>, 1 without.</summary>
    public Task<int> Exited => exited.Task;

    /// <summary>The open documents, for the benchmark and tests.</summary>
    internal DocumentStore Documents => documents;

    /// <summary>The lint path, for the benchmark and tests.</summary>
    internal LintScheduler Scheduler => scheduler;

    /// <summary>Connects the server to the JSON-RPC connection it answers on.</summary>
    public void Attach(JsonRpc connection) => rpc = connection;

    [JsonRpcMethod(Methods.Initialize, UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        var root = parameters.WorkspaceFolders is { Length: > 0 } folders ? folders[0].Uri : parameters.RootUri;
        settings.WorkspaceFolder = root is not null && Uri.TryCreate(root, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null;
        settings.UpdateFromInitializationOptions(parameters.InitializationOptions);
        initialized = true;
        return new InitializeResult(new ServerCapabilities(), new ServerInfo("citaties", options.Version));
    }

    [JsonRpcMethod(Methods.Initialized)]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A method of the RPC target, which StreamJsonRpc binds on the instance.")]
    public void Initialized()
    {
        // Nothing to do: the server registers nothing dynamically.
    }

    [JsonRpcMethod(Methods.Shutdown)]
    public object? Shutdown()
    {
        shuttingDown = true;
        scheduler.Dispose();
        return null;
    }

    [JsonRpcMethod(Methods.Exit)]
    public void Exit() => exited.TrySetResult(shuttingDown ? 0 : 1);

    [JsonRpcMethod(Methods.DidOpen, UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (parameters?.TextDocument is { Uri: not null } item)
        {
            Schedule(documents.Open(item));
        }
    }

    [JsonRpcMethod(Methods.DidChange, UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (parameters?.TextDocument is { Uri: not null } identifier
            && documents.Change(identifier, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>()) is { } changed)
        {
            Schedule(changed);
        }
    }

    [JsonRpcMethod(Methods.DidClose, UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (parameters?.TextDocument is { Uri: not null } identifier && documents.Close(identifier.Uri))
        {
            scheduler.Forget(identifier.Uri);
            Notify(Methods.PublishDiagnostics, new PublishDiagnosticsParams(identifier.Uri, null, Array.Empty<Protocol.Diagnostic>()));
        }
    }

    [JsonRpcMethod(Methods.DidSave, UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters)
    {
        // A configuration file saved from the editor changes how every document is linted.
        if (parameters?.TextDocument?.Uri is { } saved && IsConfiguration(saved))
        {
            Reconfigure(null);
        }
    }

    [JsonRpcMethod(Methods.DidChangeConfiguration, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeConfiguration(DidChangeConfigurationParams parameters) => Reconfigure(() => settings.Update(parameters?.Settings));

    [JsonRpcMethod(Methods.DidChangeWatchedFiles, UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters) => Reconfigure(null);

    [JsonRpcMethod(Methods.CodeAction, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<CodeAction>?> CodeAction(CodeActionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters?.TextDocument, analysis => CodeActions.For(analysis, parameters!.Range, parameters.Context?.Only), cancellation);

    [JsonRpcMethod(Methods.Hover, UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> Hover(TextDocumentPositionParams parameters, CancellationToken cancellation) =>
        AnswerAsync(parameters?.TextDocument, analysis => Hovers.At(analysis, parameters!.Position), cancellation);

    [JsonRpcMethod(Methods.DocumentLink, UseSingleObjectParameterDeserialization = true)]
    public Task<IReadOnlyList<DocumentLink>?> DocumentLink(DocumentLinkParams parameters, CancellationToken cancellation) =>
        AnswerAsync<IReadOnlyList<DocumentLink>>(parameters?.TextDocument, DocumentLinks.Of, cancellation);

    /// <inheritdoc />
    public void Dispose() => scheduler.Dispose();

    private static bool IsConfiguration(string uri) =>
        uri.EndsWith("/" + CitatiesConfiguration.FileName, StringComparison.OrdinalIgnoreCase);

    // Requests answer from the latest text, taken here, in the order of the notifications before them; the answer is
    // worked out on the thread pool, so that a first lint of a large document or a fix of the whole file does not hold
    // up the notifications behind it. A request the client cancels before then is not worked out.
    private Task<T?> AnswerAsync<T>(TextDocumentIdentifier? identifier, Func<DocumentAnalysis, T?> answer, CancellationToken cancellation)
        where T : class
    {
        if (!initialized)
        {
            throw new LocalRpcException("The server is not initialized.") { ErrorCode = ErrorCodes.ServerNotInitialized };
        }

        if (shuttingDown)
        {
            throw new LocalRpcException("The server is shutting down.") { ErrorCode = ErrorCodes.InvalidRequest };
        }

        if (identifier?.Uri is not { } uri || documents.Find(uri) is not { } document)
        {
            return Task.FromResult<T?>(null);
        }

        return Task.Run(
            () =>
            {
                var analysis = scheduler.Current(document);
                cancellation.ThrowIfCancellationRequested();
                return answer(analysis);
            },
            cancellation);
    }

    private void Schedule(OpenDocument document) => _ = scheduler.Schedule(document);

    private void Reconfigure(Action? update)
    {
        settings.Reload();
        update?.Invoke();
        scheduler.Invalidate();
        foreach (var document in documents.All)
        {
            Schedule(document);
        }
    }

    private Task PublishAsync(DocumentAnalysis analysis)
    {
        // Only the latest version of a document that is still open is published.
        var current = documents.Find(analysis.Document.Uri);
        if (current is null || current.Version != analysis.Document.Version || shuttingDown)
        {
            return Task.CompletedTask;
        }

        return NotifyAsync(Methods.PublishDiagnostics, Features.Diagnostics.Publish(analysis));
    }

    private void Notify(string method, object parameters) => _ = NotifyAsync(method, parameters);

    private async Task NotifyAsync(string method, object parameters)
    {
        if (rpc is not { } connection)
        {
            return;
        }

        try
        {
            await connection.NotifyWithParameterObjectAsync(method, parameters).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or IOException)
        {
            // The client is gone; the server ends when the connection does.
        }
    }

    // Standard error is the editor's log of the server; standard output belongs to the protocol.
    private static void Log(Exception exception) => Console.Error.WriteLine($"citaties lsp: {exception}");
}
