namespace Citaties.Documents;

/// <summary>The syntax of a text file, which decides how the scanned text is derived and how a link is written.</summary>
internal enum TextSyntax
{
    /// <summary>Plain text: scanned as it is; a link is written after the citation as <c>&lt;url&gt;</c>.</summary>
    Plain,

    /// <summary>Markdown: scanned as it is; a link is <c>[citation](url)</c>.</summary>
    Markdown,

    /// <summary>HTML: the markup is removed before scanning; a link is <c>&lt;a href="url"&gt;</c>.</summary>
    Html,
}
