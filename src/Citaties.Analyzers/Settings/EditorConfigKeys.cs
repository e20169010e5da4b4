namespace Citaties.Analyzers.Settings;

/// <summary>The <c>.editorconfig</c> keys the analyzer reads; the README's table names the same.</summary>
internal static class EditorConfigKeys
{
    /// <summary><c>regeling</c>, <c>toelichting</c> (the default for code), <c>kamerstuk</c> or <c>literatuur</c>.</summary>
    public const string Profile = "citaties.profile";

    /// <summary><c>true</c> (the default) or <c>false</c>: check comments and XML documentation.</summary>
    public const string CheckComments = "citaties.check_comments";

    /// <summary><c>all</c> (the default), <c>attributes_and_constants</c> or <c>none</c>.</summary>
    public const string CheckStrings = "citaties.check_strings";

    /// <summary>Extra law abbreviations: <c>Wrs=Wet regulering sekswerk; Wodp=Wet op de proef</c>.</summary>
    public const string Abbreviations = "citaties.abbreviations";

    /// <summary>Extra catalog files (additional files), separated by <c>;</c> or <c>,</c>, relative to the project folder.</summary>
    public const string Catalogs = "citaties.catalogs";

    /// <summary>The project folder, made visible to the compiler by the package's build props.</summary>
    public const string ProjectDirectory = "build_property.MSBuildProjectDirectory";
}
