using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Citaties.Tests.Lsp;

/// <summary>
/// A small LSP client that writes and reads the base protocol itself (<c>Content-Length</c> headers around UTF-8
/// JSON), so that a test checks the bytes on the wire rather than StreamJsonRpc talking to itself. One file, linked
/// into the language server's tests and the packed tool's tests.
/// </summary>
public sealed class LspWireClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly Stream toServer;
    private readonly Stream fromServer;
    private readonly SemaphoreSlim writing = new(1, 1);
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonElement>> pending = new();
    private readonly List<JsonElement> notifications = new();
    private readonly SemaphoreSlim arrived = new(0);
    private readonly Task reading;
    private long nextId;

    /// <summary>A client that writes to <paramref name="toServer"/> and reads <paramref name="fromServer"/>.</summary>
    public LspWireClient(Stream toServer, Stream fromServer)
    {
        this.toServer = toServer;
        this.fromServer = fromServer;
        reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>Every message the server sent that was not an answer (notifications), in order.</summary>
    public IReadOnlyList<JsonElement> Notifications
    {
        get { lock (notifications) { return notifications.ToList(); } }
    }

    /// <summary>Responses that had no id to go to (a parse error's id is null).</summary>
    public List<JsonElement> Unmatched { get; } = new();

    /// <summary>Sends a request and returns the whole response (<c>result</c> or <c>error</c>).</summary>
    public async Task<JsonElement> RequestAsync(string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        pending[id] = answer;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = Node(parameters) }).ConfigureAwait(false);
        return await answer.Task.WaitAsync(Patience).ConfigureAwait(false);
    }

    /// <summary>Sends a notification.</summary>
    public Task NotifyAsync(string method, object? parameters = null) =>
        SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = Node(parameters) });

    /// <summary>Writes <paramref name="body"/> as one message, with a correct <c>Content-Length</c>, whatever it holds.</summary>
    public async Task SendRawAsync(byte[] body)
    {
        await writing.WaitAsync().ConfigureAwait(false);
        try
        {
            var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
            await toServer.WriteAsync(header).ConfigureAwait(false);
            await toServer.WriteAsync(body).ConfigureAwait(false);
            await toServer.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            writing.Release();
        }
    }

    /// <summary>The first notification of <paramref name="method"/> (from the start) that <paramref name="match"/> accepts.</summary>
    public async Task<JsonElement> WaitForAsync(string method, Func<JsonElement, bool>? match = null)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var found = Notifications.FirstOrDefault(n => n.GetProperty("method").GetString() == method && (match is null || match(n.GetProperty("params"))));
            if (found.ValueKind != JsonValueKind.Undefined)
            {
                return found.GetProperty("params");
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await arrived.WaitAsync(left).ConfigureAwait(false))
            {
                throw new TimeoutException($"No {method} came within {Patience}; got: {string.Join("\n", Notifications)}");
            }
        }
    }

    /// <summary>The diagnostics published for <paramref name="uri"/> at <paramref name="version"/>.</summary>
    public async Task<JsonElement> DiagnosticsAsync(string uri, int version) =>
        (await WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == uri
            && p.TryGetProperty("version", out var v) && v.GetInt32() == version).ConfigureAwait(false)).GetProperty("diagnostics");

    /// <summary>Closes the stream to the server and waits for the reader to see the end.</summary>
    public async ValueTask DisposeAsync()
    {
        await toServer.DisposeAsync().ConfigureAwait(false);
        try
        {
            await reading.WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    private static JsonNode? Node(object? parameters) =>
        parameters is null ? null : parameters as JsonNode ?? JsonSerializer.SerializeToNode(parameters);

    private Task SendAsync(JsonObject message) => SendRawAsync(Encoding.UTF8.GetBytes(message.ToJsonString()));

    private async Task ReadLoopAsync()
    {
        while (await ReadMessageAsync().ConfigureAwait(false) is { } message)
        {
            if (message.TryGetProperty("method", out _))
            {
                lock (notifications)
                {
                    notifications.Add(message);
                }

                arrived.Release();
            }
            else if (message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && pending.TryRemove(id.GetInt64(), out var answer))
            {
                answer.TrySetResult(message);
            }
            else
            {
                lock (Unmatched)
                {
                    Unmatched.Add(message);
                }

                arrived.Release();
            }
        }
    }

    // One message: ASCII header lines ending in \r\n, an empty line, then exactly Content-Length bytes of JSON.
    private async Task<JsonElement?> ReadMessageAsync()
    {
        int? length = null;
        while (true)
        {
            var line = await ReadHeaderLineAsync().ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        if (length is not { } size)
        {
            throw new InvalidDataException("A message without Content-Length.");
        }

        var body = new byte[size];
        await fromServer.ReadExactlyAsync(body).ConfigureAwait(false);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await fromServer.ReadAsync(one).ConfigureAwait(false) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                if (line.Length == 0 || line[^1] != '\r')
                {
                    throw new InvalidDataException($"A header line that does not end in \\r\\n: '{line}'.");
                }

                return line.ToString(0, line.Length - 1);
            }

            line.Append((char)one[0]);
        }
    }
}
