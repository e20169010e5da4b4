using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using Citaties.LanguageServer.Documents;
using Citaties.Rules;

namespace Citaties.LanguageServer.Analysis;

/// <summary>
/// Lints open documents in the background: a change waits out the debounce, and a newer change of the same document
/// cancels the older lint, whose result is then never published. The last analysis of each document is kept, so that
/// hover, code actions and links answer from it without linting again while the version is the same.
/// </summary>
internal sealed class LintScheduler : IDisposable
{
    private readonly Func<OpenDocument, LintOptions> optionsFor;
    private readonly Func<DocumentAnalysis, Task> publish;
    private readonly Action<Exception> fail;
    private readonly ConcurrentDictionary<string, CancellationTokenSource> pending = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DocumentAnalysis> latest = new(StringComparer.Ordinal);

    // One linter per document, which keeps what each paragraph held: after a keystroke only that paragraph is read
    // again. Made with the document's options, so it lives until the settings change.
    private readonly ConcurrentDictionary<string, IncrementalLinter> linters = new(StringComparer.Ordinal);

    /// <summary>
    /// A scheduler that lints with the options of <paramref name="optionsFor"/>, hands each fresh analysis to
    /// <paramref name="publish"/>, and reports an unexpected failure to <paramref name="fail"/> rather than losing the server.
    /// </summary>
    public LintScheduler(Func<OpenDocument, LintOptions> optionsFor, Func<DocumentAnalysis, Task> publish, Action<Exception> fail, TimeSpan debounce)
    {
        this.optionsFor = optionsFor;
        this.publish = publish;
        this.fail = fail;
        Debounce = debounce;
    }

    /// <summary>How long a change waits for the next before it is linted.</summary>
    public TimeSpan Debounce { get; }

    /// <summary>Lints <paramref name="document"/> after the debounce, unless a newer version comes first.</summary>
    public Task Schedule(OpenDocument document)
    {
        var cancellation = new CancellationTokenSource();
        CancellationTokenSource? replaced = null;
        pending.AddOrUpdate(document.Uri, cancellation, (_, older) =>
        {
            replaced = older;
            return cancellation;
        });
        replaced?.Cancel();

        return Task.Run(() => RunAsync(document, cancellation.Token));
    }

    /// <summary>
    /// The analysis of exactly <paramref name="document"/>: the kept one when it is of this snapshot, otherwise made
    /// now (and kept). For requests, which must answer from the latest text.
    /// </summary>
    public DocumentAnalysis Current(OpenDocument document)
    {
        if (latest.TryGetValue(document.Uri, out var kept) && ReferenceEquals(kept.Document, document))
        {
            return kept;
        }

        var linter = linters.GetOrAdd(document.Uri, _ => new IncrementalLinter(optionsFor(document)));
        var analysis = DocumentAnalyzer.Analyze(document, linter);
        Keep(analysis);
        return analysis;
    }

    /// <summary>Stops linting a closed document and forgets its analysis.</summary>
    public void Forget(string uri)
    {
        if (pending.TryRemove(uri, out var cancellation))
        {
            cancellation.Cancel();
        }

        latest.TryRemove(uri, out _);
        linters.TryRemove(uri, out _);
    }

    /// <summary>Forgets every kept analysis and linter, after the settings changed.</summary>
    public void Invalidate()
    {
        linters.Clear();
        latest.Clear();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var cancellation in pending.Values)
        {
            cancellation.Cancel();
        }
    }

    private async Task RunAsync(OpenDocument document, CancellationToken cancellation)
    {
        try
        {
            if (Debounce > TimeSpan.Zero)
            {
                await Task.Delay(Debounce, cancellation).ConfigureAwait(false);
            }

            cancellation.ThrowIfCancellationRequested();
            var analysis = Current(document);

            // A newer version arrived while this one was linted: its own lint publishes.
            cancellation.ThrowIfCancellationRequested();
            await publish(analysis).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception exception)
        {
            fail(exception);
        }
    }

    private void Keep(DocumentAnalysis analysis) =>
        latest.AddOrUpdate(
            analysis.Document.Uri,
            analysis,
            (_, kept) => kept.Document.Version > analysis.Document.Version ? kept : analysis);
}
