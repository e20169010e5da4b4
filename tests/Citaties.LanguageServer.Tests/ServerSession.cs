using System.IO.Pipelines;
using System.Text.Json;
using Citaties.LanguageServer.Server;
using Citaties.Tests.Lsp;

namespace Citaties.LanguageServer.Tests;

/// <summary>
/// A server running in this process on two in-memory pipes, with the wire client on the other ends. The debounce is
/// short so that tests wait for the lint, not for the timer.
/// </summary>
internal sealed class ServerSession : IAsyncDisposable
{
    private readonly Pipe toServer = new();
    private readonly Pipe fromServer = new();

    private ServerSession(LanguageServerOptions options)
    {
        Running = Task.Run(() => LanguageServerHost.RunAsync(toServer.Reader.AsStream(), fromServer.Writer.AsStream(), options));
        Client = new LspWireClient(toServer.Writer.AsStream(), fromServer.Reader.AsStream());
    }

    public LspWireClient Client { get; }

    /// <summary>The server's run: its exit code when it ends.</summary>
    public Task<int> Running { get; }

    /// <summary>A server that is not initialized yet.</summary>
    public static ServerSession Start(TimeSpan? debounce = null) =>
        new(new LanguageServerOptions { Debounce = debounce ?? TimeSpan.Zero });

    /// <summary>A server after <c>initialize</c> and <c>initialized</c>, with <paramref name="initializationOptions"/>.</summary>
    public static async Task<ServerSession> StartInitializedAsync(object? initializationOptions = null, string? rootUri = null, TimeSpan? debounce = null)
    {
        var session = Start(debounce);
        var answer = await session.Client.RequestAsync("initialize", new { processId = (int?)null, rootUri, capabilities = new { }, initializationOptions });
        Assert.That(answer.TryGetProperty("result", out _), Is.True, answer.ToString());
        await session.Client.NotifyAsync("initialized", new { });
        return session;
    }

    /// <summary>Opens a document.</summary>
    public Task OpenAsync(string uri, string text, string languageId = "plaintext", int version = 1) =>
        Client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId, version, text } });

    /// <summary>Opens a document and returns the diagnostics published for it.</summary>
    public async Task<JsonElement> OpenAndLintAsync(string uri, string text, string languageId = "plaintext", int version = 1)
    {
        await OpenAsync(uri, text, languageId, version);
        return await Client.DiagnosticsAsync(uri, version);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync();
        await fromServer.Reader.CompleteAsync();
        try
        {
            await Running.WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (TimeoutException)
        {
        }
    }
}
