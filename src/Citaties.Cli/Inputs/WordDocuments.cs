using System;

namespace Citaties.Cli.Inputs;

/// <summary>Which inputs are Word documents, read with Citaties.OpenXml rather than as text.</summary>
internal static class WordDocuments
{
    /// <summary>True for a file input whose name ends in <c>.docx</c> (any case).</summary>
    public static bool Is(ResolvedInput input) =>
        input is FileInput file && file.FullPath.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);
}
