namespace Citaties.Analyzers.Texts;

/// <summary>Where a checked text stands in the code; the <c>citaties.check_*</c> options choose by it.</summary>
internal enum TextRole
{
    /// <summary>An ordinary comment, <c>//</c> or <c>/* */</c>.</summary>
    Comment,

    /// <summary>The text of an XML documentation comment.</summary>
    Documentation,

    /// <summary>A string anywhere else in the code.</summary>
    String,

    /// <summary>A string passed to an attribute.</summary>
    AttributeArgument,

    /// <summary>The value of a constant.</summary>
    Constant,

    /// <summary>A string passed to a parameter marked <c>[StringSyntax("citation")]</c>: it must be exactly one citation.</summary>
    CitationArgument,
}
