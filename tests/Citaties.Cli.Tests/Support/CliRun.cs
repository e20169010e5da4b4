using System.Text.Json;

namespace Citaties.Cli.Tests.Support;

/// <summary>What one in-process run of the tool gave.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Standard output parsed as JSON; fails the test with the output when it is not JSON.</summary>
    public JsonDocument Json()
    {
        try
        {
            return JsonDocument.Parse(Stdout);
        }
        catch (JsonException exception)
        {
            Assert.Fail($"Standard output is not JSON ({exception.Message}):\n{Stdout}");
            throw;
        }
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
