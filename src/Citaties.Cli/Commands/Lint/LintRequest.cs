using Citaties.Documents;
using Citaties.Rules;

namespace Citaties.Cli.Commands.Lint;

/// <summary>What a <c>citaties lint</c> command line asks for.</summary>
internal sealed record LintRequest(
    string Format,
    string? Profile,
    RuleSeverity FailOn,
    string? Config,
    string[] Catalogs,
    string? Language,
    string? Annotate,
    int Threads,
    EncodingPolicy Encoding,
    string[] Excludes,
    string? ChangedSince,
    string? Baseline,
    string? WriteBaseline,
    bool Quiet,
    string[] Files);
