using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using StreamJsonRpc;

namespace Citaties.LanguageServer.Server;

/// <summary>
/// Runs the language server on a pair of streams: standard input and output for <c>citaties lsp</c>, in-memory
/// pipes in tests. LSP's base protocol (<c>Content-Length</c> headers, UTF-8 JSON) with JSON-RPC 2.0 by StreamJsonRpc.
/// </summary>
public static class LanguageServerHost
{
    /// <summary>
    /// Serves the client on <paramref name="input"/> and <paramref name="output"/> until it sends <c>exit</c> or closes
    /// the connection; returns the process exit code LSP asks for (0 after <c>shutdown</c>, 1 otherwise).
    /// </summary>
    public static Task<int> RunAsync(Stream input, Stream output, string? version = null) =>
        RunAsync(input, output, new LanguageServerOptions { Version = version });

    internal static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options)
    {
        if (input is null || output is null)
        {
            throw new ArgumentNullException(input is null ? nameof(input) : nameof(output));
        }

        using var server = new CitatiesLanguageServer(options);
        using var dispatch = new OrderedSynchronizationContext(exception => Console.Error.WriteLine($"citaties lsp: {exception}"));
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions = new JsonSerializerOptions
            {
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
                PropertyNameCaseInsensitive = false,
            },
        };
        using var rpc = new JsonRpc(new ResilientMessageHandler(output, input, formatter))
        {
            SynchronizationContext = dispatch,
        };
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        server.Attach(rpc);
        rpc.StartListening();

        // The client either sends exit, or closes the connection (an editor that crashed): then LSP's exit code is 1.
        var finished = await Task.WhenAny(server.Exited, rpc.Completion).ConfigureAwait(false);
        return finished == server.Exited ? await server.Exited.ConfigureAwait(false) : 1;
    }
}
