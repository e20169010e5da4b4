namespace Citaties.MSBuild;

/// <summary>
/// The codes of the task's own errors, which are not findings of a rule: a rule's id (CITnnnn) is never used for
/// anything else, so these have their own prefix, as MSBuild's (MSB) and the SDK's (NETSDK) have.
/// </summary>
internal static class BuildCodes
{
    /// <summary>A property or item metadata of the project has a value the task does not know.</summary>
    public const string BadSetting = "CITBUILD01";

    /// <summary>A configuration file (<c>citaties.json</c>, <c>CitatiesConfig</c>) or a catalog it names cannot be used.</summary>
    public const string BadConfiguration = "CITBUILD02";

    /// <summary>A document cannot be read (missing, damaged, not text).</summary>
    public const string BadDocument = "CITBUILD03";

    /// <summary>The subcategory shown before the code, so a reader sees which tool spoke.</summary>
    public const string Subcategory = "Citaties";
}
