using Citaties.Rules;

namespace Citaties.Analyzers.Settings;

/// <summary>What to check in one file and how: the lint options and the <c>citaties.check_*</c> choices.</summary>
internal sealed record CodeSettings(LintOptions Options, bool CheckComments, StringChecks Strings);

/// <summary>The strings <c>citaties.check_strings</c> asks to check.</summary>
internal enum StringChecks
{
    /// <summary>Every string that holds a citation word (the default).</summary>
    All,

    /// <summary>Attribute arguments and constants only (and always the values of citation parameters).</summary>
    AttributesAndConstants,

    /// <summary>No strings.</summary>
    None,
}
