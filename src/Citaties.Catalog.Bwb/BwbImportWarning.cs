namespace Citaties.Catalog.Bwb;

/// <summary>
/// Something an import noticed and worked around (an article without a number, a duplicated label, a file that
/// holds no law text, a missing version date). The import still produced a result.
/// </summary>
/// <param name="SourceName">The file the warning is about.</param>
/// <param name="Message">What happened and what the importer did about it.</param>
public sealed record BwbImportWarning(string SourceName, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{SourceName}: {Message}";
}
