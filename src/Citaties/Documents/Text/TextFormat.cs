using System.Collections.Generic;

namespace Citaties.Documents;

/// <summary>Text files: plain text, Markdown and HTML, decoded by <see cref="TextDecoder"/>.</summary>
internal sealed class TextFormat : SourceFormat
{
    private readonly TextSyntax syntax;

    private TextFormat(TextSyntax syntax, params string[] extensions)
    {
        this.syntax = syntax;
        Extensions = extensions;
    }

    public static TextFormat Plain { get; } = new(TextSyntax.Plain, ".txt");

    public static TextFormat Markdown { get; } = new(TextSyntax.Markdown, ".md");

    public static TextFormat Html { get; } = new(TextSyntax.Html, ".html", ".htm");

    public override IReadOnlyList<string> Extensions { get; }

    public override SourceDocument Read(string name, byte[] bytes, EncodingPolicy encoding)
    {
        var decoded = TextDecoder.TryDecode(bytes, encoding, out var reason) ?? throw new DocumentException(name, reason!);
        return FromString(name, decoded.Text, decoded.Encoding);
    }

    /// <summary>A document of text that is already decoded; <paramref name="encoding"/> is how it is written back.</summary>
    public TextDocument FromString(string name, string text, SourceEncoding? encoding)
    {
        var source = syntax == TextSyntax.Html ? HtmlText.Extract(text, encoding) : SourceText.From(text, encoding);
        return new TextDocument(name, source, syntax);
    }
}
