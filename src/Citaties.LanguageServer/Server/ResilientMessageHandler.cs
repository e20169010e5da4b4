using System;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Citaties.LanguageServer.Server;

/// <summary>
/// The LSP base protocol (<c>Content-Length</c> headers around JSON) that survives a message whose body is not
/// JSON-RPC: StreamJsonRpc would close the connection on it; here it is answered with a JSON-RPC parse error
/// (id null, as the specification asks when no id can be read) and the next message is read. The body of a bad
/// message has been consumed by then (its length is known from the header), so reading resumes in step.
/// </summary>
internal sealed class ResilientMessageHandler : HeaderDelimitedMessageHandler
{
    // A client that sends nothing but bad messages is broken; the bound also ends the loop should a failure of the
    // transport itself ever look like a bad body.
    private const int MaxBadInARow = 1000;

    /// <summary>A handler over the two streams of the connection.</summary>
    public ResilientMessageHandler(Stream sendingStream, Stream receivingStream, IJsonRpcMessageFormatter formatter)
        : base(sendingStream, receivingStream, formatter)
    {
    }

    /// <inheritdoc />
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        for (var bad = 0; ; bad++)
        {
            string problem;
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsBadBody(exception) && bad < MaxBadInARow
                && !cancellationToken.IsCancellationRequested && !DisposalToken.IsCancellationRequested)
            {
                problem = exception.Message;
            }

            var error = new JsonRpcError
            {
                RequestId = RequestId.Null,
                Error = new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.ParseError, Message = "Parse error: " + problem },
            };
            await WriteAsync(error, cancellationToken).ConfigureAwait(false);
        }
    }

    // Whatever the formatter throws for a body it cannot read (not JSON: JsonException; JSON of the wrong shape, such
    // as a number for the method: InvalidOperationException); not the end of the stream, a cancellation or a bad
    // header, after which the stream is out of step and the connection cannot go on.
    private static bool IsBadBody(Exception exception) =>
        exception is JsonException or FormatException or InvalidOperationException or NotSupportedException or ArgumentException
        && exception is not ObjectDisposedException and not BadRpcHeaderException;
}
