using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Citaties.LanguageServer.Server;

/// <summary>
/// Runs the work posted to it one item at a time, in the order posted, on one thread of its own. StreamJsonRpc
/// otherwise invokes handlers on the thread pool, where two <c>didChange</c> notifications could run out of order
/// and apply their edits to the wrong text. Handlers stay short: linting runs on the thread pool.
/// </summary>
internal sealed class OrderedSynchronizationContext : SynchronizationContext, IDisposable
{
    private readonly BlockingCollection<(SendOrPostCallback Callback, object? State)> queue = new();
    private readonly Action<Exception> fail;

    /// <summary>Starts the thread; an exception that escapes a work item goes to <paramref name="fail"/>.</summary>
    public OrderedSynchronizationContext(Action<Exception> fail)
    {
        this.fail = fail;
        var thread = new Thread(Run) { IsBackground = true, Name = "citaties lsp dispatch" };
        thread.Start();
    }

    /// <inheritdoc />
    public override void Post(SendOrPostCallback d, object? state)
    {
        try
        {
            queue.Add((d, state));
        }
        catch (InvalidOperationException)
        {
            // Disposed: the connection is closing and nothing more runs.
        }
    }

    /// <inheritdoc />
    public override void Send(SendOrPostCallback d, object? state)
    {
        using var done = new ManualResetEventSlim();
        Post(
            _ =>
            {
                try
                {
                    d(state);
                }
                finally
                {
                    done.Set();
                }
            },
            null);
        done.Wait();
    }

    /// <inheritdoc />
    public override SynchronizationContext CreateCopy() => this;

    /// <inheritdoc />
    public void Dispose() => queue.CompleteAdding();

    private void Run()
    {
        SetSynchronizationContext(this);
        foreach (var (callback, state) in queue.GetConsumingEnumerable())
        {
            try
            {
                callback(state);
            }
            catch (Exception exception)
            {
                fail(exception);
            }
        }
    }
}
