using System.Text.Json;
using System.Text.RegularExpressions;
using Citaties.Tests.Lsp;
using Citaties.MSBuild.Tests.Support;

namespace Citaties.MSBuild.Tests;

/// <summary>
/// The dotnet tool as a user installs it: packed from this build, installed with <c>dotnet tool install
/// --tool-path</c> from the local package folder, and run on the repository's samples; exit codes and output as
/// the README documents them (one line per finding, <c>path:line:column: severity CITnnnn: message</c>).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed partial class CliToolTests
{
    private string citaties = null!;

    [OneTimeSetUp]
    public void PackAndInstall()
    {
        LocalPackages.Pack("src/Citaties.Cli/Citaties.Cli.csproj");
        var tools = Path.Combine(LocalPackages.Folder, "tools");
        var install = Dotnet.Run(LocalPackages.Folder, LocalPackages.Environment,
            "tool", "install", "Citaties.Cli", "--tool-path", tools, "--version", LocalPackages.Version, "--add-source", LocalPackages.Source);
        Assert.That(install.ExitCode, Is.Zero, install.ToString());
        citaties = Path.Combine(tools, OperatingSystem.IsWindows() ? "citaties.exe" : "citaties");
    }

    [Test]
    public void Lint_on_the_samples_prints_a_line_per_finding_and_exits_1_for_errors_0_when_nothing_fails()
    {
        var lint = Dotnet.Start(citaties, Repository.Root, null, "lint", "samples/");

        var lines = lint.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var findings = lines.Where(l => !l.StartsWith("    ", StringComparison.Ordinal)).ToList();
        Assert.That(findings, Is.Not.Empty, lint.ToString());
        Assert.That(findings, Has.All.Match(FindingLine().ToString()), "every finding in the documented form");
        Assert.That(lines.Except(findings), Has.All.Match(@"^    (fix: |in /)"), "continuation lines: a fix, or a Word place");
        Assert.That(findings, Has.Some.Match(@"^samples/kamerbrief\.txt:\d+:\d+: error CIT4001: "), "the Kamerbrief's Stb. without year");
        Assert.That(lint.ExitCode, Is.EqualTo(1), "errors at the default --fail-on level");
        Assert.That(lint.Error, Does.Match(@"^citaties: \d+ files?, \d+ citations, \d+ errors?, \d+ warnings?, \d+ info in [\d.]+ s\s*$"), "only the summary line");

        var never = Dotnet.Start(citaties, Repository.Root, null, "lint", "--fail-on", "none", "samples/");
        Assert.That(never.ExitCode, Is.Zero, never.ToString());
        Assert.That(never.Output, Is.EqualTo(lint.Output));

        var missing = Dotnet.Start(citaties, Repository.Root, null, "lint", "samples/no-such-file.txt");
        Assert.That(missing.ExitCode, Is.EqualTo(2), "an input that cannot be read");
        Assert.That(missing.Error, Does.Contain("no-such-file.txt"));
    }

    [Test]
    public async Task Lsp_speaks_the_language_server_protocol_on_standard_input_and_output()
    {
        using var server = Dotnet.Launch(citaties, Repository.Root, "lsp", "--stdio");
        var log = server.StandardError.ReadToEndAsync();
        try
        {
            await using var client = new LspWireClient(server.StandardInput.BaseStream, server.StandardOutput.BaseStream);
            var initialize = await client.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } });
            Assert.That(initialize.GetProperty("result").GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32(), Is.EqualTo(2), initialize.ToString());
            await client.NotifyAsync("initialized", new { });

            const string uri = "file:///tmp/citaties-tool-test/brief.md";
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = "# Brief\n\nZie Kamerstukken II 2019-2020, 35 300, nr. 3.\n" } });
            var diagnostic = (await client.DiagnosticsAsync(uri, 1)).EnumerateArray().Single();
            Assert.That(diagnostic.GetProperty("code").GetString(), Is.EqualTo("CIT1002"));
            Assert.That(diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(), Is.EqualTo(2));

            var shutdown = await client.RequestAsync("shutdown");
            Assert.That(shutdown.GetProperty("result").ValueKind, Is.EqualTo(JsonValueKind.Null));
            await client.NotifyAsync("exit");
            Assert.That(server.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "the server ends on exit");
            Assert.That(server.ExitCode, Is.Zero, await log);
        }
        finally
        {
            if (!server.HasExited)
            {
                server.Kill(entireProcessTree: true);
            }
        }
    }

    [GeneratedRegex(@"^samples/[^:]+:\d+:\d+: (error|warning|info) CIT\d{4}: .+$")]
    private static partial Regex FindingLine();
}
