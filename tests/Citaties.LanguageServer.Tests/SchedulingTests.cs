using System.Diagnostics;
using System.Text;

namespace Citaties.LanguageServer.Tests;

/// <summary>
/// Lints wait out the debounce, a newer change cancels an older lint, and a large document is linted in the
/// background while other requests are answered.
/// </summary>
[TestFixture]
public sealed class SchedulingTests
{
    private const string Uri = "file:///tmp/citaties-tests/typing.txt";

    [Test]
    public async Task Changes_typed_within_the_debounce_are_linted_once_as_the_last_version()
    {
        await using var session = await ServerSession.StartInitializedAsync(debounce: TimeSpan.FromMilliseconds(300));
        await session.OpenAsync(Uri, "Zie ");
        const string typed = "Kamerstukken II 2019-2020, 35 300, nr. 3.";
        for (var i = 0; i < typed.Length; i++)
        {
            await session.Client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version = i + 2 },
                contentChanges = new object[] { new { range = TextEditing.Range(0, 4 + i, 0, 4 + i), text = typed[i].ToString() } },
            });
        }

        var last = typed.Length + 1;
        var diagnostics = await session.Client.DiagnosticsAsync(Uri, last);
        Assert.That(diagnostics.EnumerateArray().Single().GetProperty("code").GetString(), Is.EqualTo("CIT1002"));
        var published = session.Client.Notifications
            .Where(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics")
            .Select(n => n.GetProperty("params").GetProperty("version").GetInt32())
            .ToList();
        Assert.That(published, Is.EqualTo(new[] { last }), "the earlier versions were cancelled before they were published");
    }

    [Test]
    public async Task Requests_are_answered_from_the_latest_text_before_its_lint_is_published()
    {
        await using var session = await ServerSession.StartInitializedAsync(debounce: TimeSpan.FromSeconds(10));
        await session.OpenAsync(Uri, "Zie art. 6:162 BW.");

        var hover = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 6 } });

        Assert.That(hover.GetProperty("result").GetProperty("contents").GetProperty("value").GetString(), Does.Contain("BWBR0005289"));
        Assert.That(session.Client.Notifications.Where(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics"), Is.Empty, "the debounce has not run out");
    }

    [Test]
    public async Task A_large_document_is_linted_in_the_background_while_another_request_is_answered()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var large = new StringBuilder();
        while (large.Length < 3_000_000)
        {
            large.Append("Zie Kamerstukken II 2019-2020, 35 300, nr. 3, art. 6:162 BW en HR 29 januari 2016, ECLI:NL:HR:2016:162.\n");
        }

        await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///warm.txt" }, position = new { line = 0, character = 0 } });
        await session.OpenAsync("file:///tmp/citaties-tests/large.txt", large.ToString());
        await session.OpenAsync(Uri, "Zie art. 6:162 BW.");
        var clock = Stopwatch.StartNew();
        var hover = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 6 } });
        var answered = clock.Elapsed;

        Assert.That(hover.GetProperty("result").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Object));
        Assert.That(
            session.Client.Notifications.Any(n => n.GetProperty("method").GetString() == "textDocument/publishDiagnostics" && n.GetProperty("params").GetProperty("uri").GetString()!.EndsWith("large.txt", StringComparison.Ordinal)),
            Is.False,
            $"the hover (answered after {answered.TotalMilliseconds:N0} ms) did not wait for the large document's lint");
        await session.Client.DiagnosticsAsync("file:///tmp/citaties-tests/large.txt", 1);
    }
}
