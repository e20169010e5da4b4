namespace Citaties.Cli.Inputs;

/// <summary>An input that was read and is ready to scan.</summary>
/// <param name="DisplayPath">The path as shown in the output.</param>
/// <param name="Text">Its text, and for HTML the markup-free text that is scanned.</param>
internal sealed record LoadedDocument(string DisplayPath, ScanText Text);
