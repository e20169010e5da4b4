using System;
using System.IO;
using System.Text;
using Citaties.Cli;
using Citaties.Cli.Commands.Lint;

// Explicit UTF-8 streams: the console's own encoding differs per platform, and the JSON interface promises
// UTF-8 without a byte order mark. Standard input is decoded strictly so that bytes that are not UTF-8 are
// reported rather than silently replaced.
using var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };

var app = new CliApp(new CliSettings
{
    WorkingDirectory = Environment.CurrentDirectory,
    UseColour = ColourPolicy.ShouldUseColour(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable("NO_COLOR")),
    OutputIsTerminal = !Console.IsOutputRedirected,
    ShowProgress = LintProgress.Allowed(!Console.IsErrorRedirected, Environment.GetEnvironmentVariable("CI")),
});
var exitCode = app.Run(args, stdin, stdout, stderr);
stdout.Flush();
return exitCode;
