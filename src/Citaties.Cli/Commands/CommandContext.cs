using System.IO;

namespace Citaties.Cli.Commands;

/// <summary>The streams and settings a command runs with.</summary>
internal sealed record CommandContext(CliSettings Settings, TextReader Stdin, TextWriter Stdout, TextWriter Stderr);
