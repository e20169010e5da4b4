using System.Text.Json;

namespace Citaties.LanguageServer.Tests;

/// <summary>
/// The profile and rules come from the editor's settings and the nearest <c>citaties.json</c>; a wrong setting or
/// file is shown to the user as a message and the document is linted with the defaults, never a crash.
/// </summary>
[TestFixture]
public sealed class ConfigurationTests
{
    // CIT1003 (chamber missing) is a warning by default and off in the kamerstuk profile.
    private const string NoChamber = "Zie Kamerstukken 2019/20, 35 300, nr. 3.";
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("citaties-lsp-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task The_profile_of_the_initialization_options_applies()
    {
        await using var plain = await ServerSession.StartInitializedAsync();
        Assert.That(Codes(await plain.OpenAndLintAsync(FileUri("a.txt"), NoChamber)), Is.EqualTo(new[] { "CIT1003" }));

        await using var session = await ServerSession.StartInitializedAsync(new { citaties = new { profile = "kamerstuk", languages = new[] { "markdown" } } });
        Assert.That(Codes(await session.OpenAndLintAsync(FileUri("a.txt"), NoChamber)), Is.Empty);
        Assert.That(Messages(session), Is.Empty, "the editor's own keys are no error");

        // As the VS Code extension passes them: the keys as they are.
        await using var vscode = await ServerSession.StartInitializedAsync(new { profile = "kamerstuk" });
        Assert.That(Codes(await vscode.OpenAndLintAsync(FileUri("a.txt"), NoChamber)), Is.Empty);
    }

    [Test]
    public async Task DidChangeConfiguration_lints_the_open_documents_again_with_the_new_settings()
    {
        await using var session = await ServerSession.StartInitializedAsync(new { profile = "" });
        var uri = FileUri("a.txt");
        Assert.That(Codes(await session.OpenAndLintAsync(uri, NoChamber)), Is.EqualTo(new[] { "CIT1003" }), "an empty profile is the default");

        // As the VS Code extension sends them: its own keys beside the server's.
        await session.Client.NotifyAsync("workspace/didChangeConfiguration", new
        {
            settings = new
            {
                citaties = new { profile = "kamerstuk", rules = new Dictionary<string, string> { ["CIT1002"] = "error" }, languages = new[] { "markdown" }, server = new { path = "" }, trace = new { server = "off" } },
                editor = new { tabSize = 4 },
            },
        });
        await session.Client.WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("diagnostics").GetArrayLength() == 0);

        await session.OpenAndLintAsync(uri, "Zie Kamerstukken II 2019-2020, 35 300, nr. 3.", version: 2);
        var error = (await session.Client.DiagnosticsAsync(uri, 2)).EnumerateArray().Single();
        Assert.That(error.GetProperty("severity").GetInt32(), Is.EqualTo(1), "the rule's severity from the settings");
        Assert.That(Messages(session), Is.Empty);
    }

    [Test]
    public async Task A_wrong_setting_is_shown_as_an_error_message_and_the_defaults_are_used()
    {
        await using var session = await ServerSession.StartInitializedAsync(new { citaties = new { profile = "wetgeving", rules = new { CIT9999 = "error" } } });

        Assert.That(Codes(await session.OpenAndLintAsync(FileUri("a.txt"), NoChamber)), Is.EqualTo(new[] { "CIT1003" }));
        var message = (await session.Client.WaitForAsync("window/showMessage"));
        Assert.That(message.GetProperty("type").GetInt32(), Is.EqualTo(1));
        Assert.That(message.GetProperty("message").GetString(), Does.Contain("profile").And.Contain("wetgeving"));
    }

    [Test]
    public async Task Settings_that_are_no_object_are_shown_as_an_error_and_the_server_lives_on()
    {
        await using var session = await ServerSession.StartInitializedAsync();
        await session.Client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { citaties = 42 } });

        Assert.That((await session.Client.WaitForAsync("window/showMessage")).GetProperty("type").GetInt32(), Is.EqualTo(1));
        Assert.That(Codes(await session.OpenAndLintAsync(FileUri("a.txt"), NoChamber)), Is.EqualTo(new[] { "CIT1003" }));
    }

    [Test]
    public async Task The_nearest_citaties_json_above_the_file_sets_the_profile_and_rules()
    {
        File.WriteAllText(Path.Combine(folder, "citaties.json"), """{ "profile": "kamerstuk", "rules": { "CIT1002": "error" } }""");
        Directory.CreateDirectory(Path.Combine(folder, "docs"));
        await using var session = await ServerSession.StartInitializedAsync();

        var diagnostics = await session.OpenAndLintAsync(FileUri("docs/brief.md"), NoChamber + "\n\nZie Kamerstukken II 2019-2020, 35 300, nr. 3.", "markdown");

        Assert.That(diagnostics.EnumerateArray().Select(d => (d.GetProperty("code").GetString(), d.GetProperty("severity").GetInt32())), Is.EqualTo(new[] { ("CIT1002", 1) }));
    }

    [Test]
    public async Task A_broken_citaties_json_is_shown_as_a_warning_and_the_document_linted_with_the_defaults()
    {
        File.WriteAllText(Path.Combine(folder, "citaties.json"), """{ "profile": "kamerstuk", """);
        await using var session = await ServerSession.StartInitializedAsync();

        Assert.That(Codes(await session.OpenAndLintAsync(FileUri("brief.txt"), NoChamber)), Is.EqualTo(new[] { "CIT1003" }));
        var message = await session.Client.WaitForAsync("window/showMessage");
        Assert.That(message.GetProperty("type").GetInt32(), Is.EqualTo(2));
        Assert.That(message.GetProperty("message").GetString(), Does.Contain("citaties.json").And.Contain("not valid JSON"));
    }

    [Test]
    public async Task A_changed_citaties_json_applies_once_the_client_says_so()
    {
        var configuration = Path.Combine(folder, "citaties.json");
        File.WriteAllText(configuration, """{ "profile": "literatuur" }""");
        await using var session = await ServerSession.StartInitializedAsync();
        var uri = FileUri("brief.txt");
        Assert.That(Codes(await session.OpenAndLintAsync(uri, NoChamber)), Is.EqualTo(new[] { "CIT1003" }));

        File.WriteAllText(configuration, """{ "profile": "kamerstuk" }""");
        await session.Client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = new Uri(configuration).AbsoluteUri, type = 2 } } });

        await session.Client.WaitForAsync("textDocument/publishDiagnostics", p => p.GetProperty("diagnostics").GetArrayLength() == 0);
    }

    [Test]
    public async Task A_document_without_a_file_takes_the_workspace_folders_configuration()
    {
        File.WriteAllText(Path.Combine(folder, "citaties.json"), """{ "profile": "kamerstuk" }""");
        await using var session = await ServerSession.StartInitializedAsync(rootUri: new Uri(folder + "/").AbsoluteUri);

        Assert.That(Codes(await session.OpenAndLintAsync("untitled:Untitled-1", NoChamber)), Is.Empty);
    }

    private string FileUri(string relative) => new Uri(Path.Combine(folder, relative)).AbsoluteUri;

    private static IEnumerable<string?> Codes(JsonElement diagnostics) => diagnostics.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();

    private static IEnumerable<JsonElement> Messages(ServerSession session) =>
        session.Client.Notifications.Where(n => n.GetProperty("method").GetString() == "window/showMessage").ToList();
}
