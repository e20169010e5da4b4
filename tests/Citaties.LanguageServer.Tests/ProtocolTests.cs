using System.Text;
using System.Text.Json;
using Citaties.Rules;

namespace Citaties.LanguageServer.Tests;

/// <summary>
/// The server driven over in-memory streams by a client that writes the wire format itself: the lifecycle, the
/// diagnostics and their UTF-16 ranges, incremental edits, code actions, hovers, links, and bad messages.
/// </summary>
[TestFixture]
public sealed class ProtocolTests
{
    private const string Uri = "file:///tmp/citaties-tests/brief.txt";
    private const string Faulty = "Zie Kamerstukken II 2019-2020, 35 300, nr. 3.";

    [Test]
    public async Task Initialize_announces_incremental_sync_utf16_positions_and_the_providers()
    {
        await using var session = ServerSession.Start();
        var answer = await session.Client.RequestAsync("initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });

        var capabilities = answer.GetProperty("result").GetProperty("capabilities");
        Assert.Multiple(() =>
        {
            Assert.That(capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32(), Is.EqualTo(2), "TextDocumentSyncKind.Incremental");
            Assert.That(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean(), Is.True);
            Assert.That(capabilities.GetProperty("positionEncoding").GetString(), Is.EqualTo("utf-16"));
            Assert.That(capabilities.GetProperty("hoverProvider").GetBoolean(), Is.True);
            Assert.That(capabilities.GetProperty("documentLinkProvider").ValueKind, Is.EqualTo(JsonValueKind.Object));
            Assert.That(capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()),
                Is.EquivalentTo(new[] { "quickfix", "source.fixAll.citaties" }));
            Assert.That(answer.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString(), Is.EqualTo("citaties"));
        });
    }

    [Test]
    public async Task DidOpen_publishes_the_finding_with_its_code_help_link_severity_and_exact_range()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var diagnostics = await session.OpenAndLintAsync(Uri, Faulty);

        var diagnostic = diagnostics.EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("CIT1002"));
            Assert.That(diagnostic.GetProperty("codeDescription").GetProperty("href").GetString(), Is.EqualTo(RuleCatalog.Find("CIT1002")!.HelpLink));
            Assert.That(diagnostic.GetProperty("severity").GetInt32(), Is.EqualTo(3), "info is Information");
            Assert.That(diagnostic.GetProperty("source").GetString(), Is.EqualTo("citaties"));
            Assert.That(diagnostic.GetProperty("message").GetString(), Does.Contain("2019/20"));
            Assert.That(RangeOf(diagnostic), Is.EqualTo((0, 4, 0, 44)), "from 'Kamerstukken' to the end of 'nr. 3'");
        });
    }

    [Test]
    public async Task A_character_outside_the_BMP_before_a_finding_counts_two_UTF16_units()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var diagnostics = await session.OpenAndLintAsync(Uri, "𝔄 " + Faulty + "\r\n𝔄𝔄 " + Faulty);

        var ranges = diagnostics.EnumerateArray().Select(RangeOf).ToList();
        Assert.That(ranges, Is.EqualTo(new[] { (0, 7, 0, 47), (1, 9, 1, 49) }), "'𝔄' is a surrogate pair: two code units, as LSP counts; \\r\\n is one line break");
    }

    [Test]
    public async Task Line_breaks_are_those_LSP_counts_CR_LF_and_CRLF_but_not_U2028()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var diagnostics = await session.OpenAndLintAsync(Uri, "a\rb\nc\r\nd\u2028" + Faulty);

        Assert.That(RangeOf(diagnostics.EnumerateArray().Single()), Is.EqualTo((3, 6, 3, 46)));
    }

    [Test]
    public async Task DidChange_with_incremental_edits_lints_the_new_version()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var text = "Eerste regel.\nZie Kamerstukken II 2019/20, 35 300, nr. 3.\n";
        Assert.That((await session.OpenAndLintAsync(Uri, text)).GetArrayLength(), Is.Zero);

        // "2019/20" becomes "2019-2020" by two edits in one notification: the second counts in the text after the first.
        await session.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 2 },
            contentChanges = new object[]
            {
                new { range = TextEditing.Range(1, 24, 1, 27), text = "-" },
                new { range = TextEditing.Range(1, 25, 1, 25), text = "2020" },
            },
        });
        var second = await session.Client.DiagnosticsAsync(Uri, 2);
        Assert.That(second.EnumerateArray().Select(d => (d.GetProperty("code").GetString(), RangeOf(d))), Is.EqualTo(new[] { ("CIT1002", (1, 4, 1, 44)) }));

        // A line inserted above moves the finding down a line.
        await session.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 3 },
            contentChanges = new object[] { new { range = TextEditing.Range(0, 0, 0, 0), text = "Titel\r\n" } },
        });
        var third = await session.Client.DiagnosticsAsync(Uri, 3);
        Assert.That(RangeOf(third.EnumerateArray().Single()), Is.EqualTo((2, 4, 2, 44)));

        // A change without a range replaces the whole text.
        await session.Client.NotifyAsync("textDocument/didChange", new
        {
            textDocument = new { uri = Uri, version = 4 },
            contentChanges = new object[] { new { text = "Niets." } },
        });
        Assert.That((await session.Client.DiagnosticsAsync(Uri, 4)).GetArrayLength(), Is.Zero);
    }

    [Test]
    public async Task The_quick_fix_is_preferred_and_applied_gives_a_text_without_the_finding()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var text = "𝔄 " + Faulty;
        var diagnostic = (await session.OpenAndLintAsync(Uri, text)).EnumerateArray().Single();

        var actions = (await session.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = diagnostic.GetProperty("range"),
            context = new { diagnostics = new[] { diagnostic }, only = new[] { "quickfix" } },
        })).GetProperty("result");

        var fix = actions.EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(fix.GetProperty("kind").GetString(), Is.EqualTo("quickfix"));
            Assert.That(fix.GetProperty("isPreferred").GetBoolean(), Is.True);
            Assert.That(fix.GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("CIT1002"));
        });
        var fixedText = TextEditing.Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(Uri));
        Assert.That(fixedText, Is.EqualTo("𝔄 Zie Kamerstukken II 2019/20, 35 300, nr. 3."));
        Assert.That((await session.OpenAndLintAsync(Uri, fixedText, version: 2)).GetArrayLength(), Is.Zero, "linted again: no finding");
    }

    [Test]
    public async Task Fix_all_in_file_makes_every_fix_through_the_map_and_leaves_no_fixable_finding()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        const string uri = "file:///tmp/citaties-tests/brief.html";
        var text = "<p>Zie <b>Kamerstukken II</b> 2019-2020, 35 300, nr. 3</p>\n<p>en Kamerstukken II 2020&#8209;2021, 35 570, nr. 2 en\nKamerstukken II 2021-2022, 35 925, nr. 1.</p>";
        var diagnostics = await session.OpenAndLintAsync(uri, text, "html");
        Assert.That(diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()), Has.Exactly(3).EqualTo("CIT1002"));

        var actions = (await session.Client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = TextEditing.Range(0, 0, 0, 0),
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } },
        })).GetProperty("result");

        var fixAll = actions.EnumerateArray().Single();
        Assert.That(fixAll.GetProperty("kind").GetString(), Is.EqualTo("source.fixAll.citaties"));
        var fixedText = TextEditing.Apply(text, fixAll.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.That(fixedText, Does.Contain("<b>Kamerstukken II</b> 2019/20, 35 300").And.Contain("Kamerstukken II 2021/22, 35 925"), "the markup is kept");
        Assert.That(fixedText, Does.Contain("2020&#8209;2021"), "a change with a character reference inside is skipped, as the library's fix skips it");

        var after = await session.OpenAndLintAsync(uri, fixedText, "html", version: 2);
        Assert.That(after.EnumerateArray().Count(d => d.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32() != 1), Is.Zero);
    }

    [Test]
    public async Task A_finding_in_HTML_is_ranged_in_the_source_with_its_markup()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var diagnostics = await session.OpenAndLintAsync("file:///tmp/citaties-tests/a.html", "<html><body><p>Zie <i>Kamerstukken II</i> 2019-2020, 35 300, nr. 3</p>", "html");

        Assert.That(RangeOf(diagnostics.EnumerateArray().Single()), Is.EqualTo((0, 22, 0, 66)), "from the K after <i> to the end of 'nr. 3', the </i> inside included");
    }

    [Test]
    public async Task Hover_tells_the_kind_canonical_form_law_and_BWB_id_and_the_link()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.OpenAndLintAsync(Uri, "Zie art. 6:162 BW en HR 29 januari 2016, ECLI:NL:HR:2016:162.");

        var article = (await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 6 } })).GetProperty("result");
        var markdown = article.GetProperty("contents").GetProperty("value").GetString();
        Assert.Multiple(() =>
        {
            Assert.That(article.GetProperty("contents").GetProperty("kind").GetString(), Is.EqualTo("markdown"));
            Assert.That(markdown, Does.Contain("**article**").And.Contain("Burgerlijk Wetboek Boek 6 (BWBR0005289)"));
            Assert.That(markdown, Does.Contain("https://wetten.overheid.nl/jci1.3:c:BWBR0005289"));
            Assert.That(RangeOf(article), Is.EqualTo((0, 4, 0, 17)));
        });

        var decision = (await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 22 } })).GetProperty("result");
        var described = decision.GetProperty("contents").GetProperty("value").GetString();
        Assert.That(described, Does.Contain("**case**").And.Contain("Instantie: HR").And.Contain("Datum: 29 januari 2016").And.Contain("ECLI:NL:HR:2016:162"));

        var nothing = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 1 } });
        Assert.That(nothing.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task DocumentLink_makes_every_citation_a_link_to_its_official_source()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.OpenAndLintAsync(Uri, "𝔄 Zie art. 6:162 BW en HR 29 januari 2016, ECLI:NL:HR:2016:162 en Stb. 2023, 123.");

        var links = (await session.Client.RequestAsync("textDocument/documentLink", new { textDocument = new { uri = Uri } })).GetProperty("result");
        var found = links.EnumerateArray().Select(l => (RangeOf(l), l.GetProperty("target").GetString())).ToList();
        Assert.That(found, Is.EqualTo(new[]
        {
            ((0, 7, 0, 20), "https://wetten.overheid.nl/jci1.3:c:BWBR0005289&boek=6&artikel=162"),
            ((0, 24, 0, 63), "https://uitspraken.rechtspraak.nl/details?id=ECLI:NL:HR:2016:162"),
            ((0, 67, 0, 81), "https://zoek.officielebekendmakingen.nl/stb-2023-123.html"),
        }));
    }

    [Test]
    public async Task A_malformed_message_gets_a_parse_error_and_the_server_answers_the_next_request()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.Client.SendRawAsync(Encoding.UTF8.GetBytes("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": "));

        var answer = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 0 } });
        Assert.That(answer.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Null), "still answering");
        var error = session.Client.Unmatched.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(error.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32700));
        });
        Assert.That((await session.OpenAndLintAsync(Uri, Faulty)).GetArrayLength(), Is.EqualTo(1));
    }

    [TestCase("[1, 2]")]
    [TestCase("{}")]
    [TestCase("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\": 7}")]
    [TestCase("\u00ff\u00fe")]
    public async Task JSON_that_is_no_JSON_RPC_message_gets_a_parse_error_and_the_server_lives_on(string body)
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.Client.SendRawAsync(Encoding.Latin1.GetBytes(body));

        Assert.That((await session.Client.RequestAsync("citaties/noSuchMethod")).GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32601));
        Assert.That(session.Client.Unmatched.Single().GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32700));
    }

    [Test]
    public async Task A_request_after_shutdown_is_refused_as_invalid()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.Client.RequestAsync("shutdown");

        var answer = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 0 } });
        Assert.That(answer.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32600));
    }

    [Test]
    public async Task An_unknown_method_gets_method_not_found_and_the_server_lives_on()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var answer = await session.Client.RequestAsync("citaties/noSuchMethod", new { });

        Assert.That(answer.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32601));
        await session.Client.NotifyAsync("$/noSuchNotification", new { });
        Assert.That((await session.OpenAndLintAsync(Uri, Faulty)).GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task Parameters_of_the_wrong_shape_get_an_error_and_the_server_lives_on()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var answer = await session.Client.RequestAsync("textDocument/hover", new { textDocument = 5, position = "here" });

        Assert.That(answer.TryGetProperty("error", out _), Is.True, answer.ToString());
        Assert.That((await session.OpenAndLintAsync(Uri, Faulty)).GetArrayLength(), Is.EqualTo(1));
    }

    [Test]
    public async Task A_request_before_initialize_is_refused_as_not_initialized()
    {
        await using var session = ServerSession.Start();
        var answer = await session.Client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 0, character = 0 } });

        Assert.That(answer.GetProperty("error").GetProperty("code").GetInt32(), Is.EqualTo(-32002));
    }

    [Test]
    public async Task Shutdown_then_exit_ends_the_server_with_0()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        var answer = await session.Client.RequestAsync("shutdown");
        Assert.That(answer.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Null));
        await session.Client.NotifyAsync("exit");

        Assert.That(await session.Running.WaitAsync(TimeSpan.FromSeconds(10)), Is.Zero);
    }

    [Test]
    public async Task Exit_without_shutdown_ends_the_server_with_1()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.Client.NotifyAsync("exit");

        Assert.That(await session.Running.WaitAsync(TimeSpan.FromSeconds(10)), Is.EqualTo(1));
    }

    [Test]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.OpenAndLintAsync(Uri, Faulty);
        await session.Client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Uri } });

        var cleared = await session.Client.WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("diagnostics").GetArrayLength() == 0);
        Assert.That(cleared.GetProperty("uri").GetString(), Is.EqualTo(Uri));
    }

    internal static (int, int, int, int) RangeOf(JsonElement item)
    {
        var range = item.GetProperty("range");
        return (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(),
            range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
    }
}
