using System.Globalization;
using Citaties.Model;

namespace Citaties.Rules;

/// <summary>A finding of a rule at a place in the text.</summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    public Diagnostic(RuleDescriptor descriptor, RuleSeverity severity, string message, TextSpan span, Fix? fix)
    {
        Descriptor = descriptor;
        Severity = severity;
        Message = message;
        Span = span;
        Fix = fix;
    }

    /// <summary>The rule that made the finding.</summary>
    public RuleDescriptor Descriptor { get; }

    /// <summary>The rule id, <c>CITnnnn</c>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity after profile and configuration.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The message, in the language of the lint options' culture.</summary>
    public string Message { get; }

    // What the rule filled the message with, so that it can be written again in the other language.
    internal object?[]? MessageArguments { get; init; }

    /// <summary>
    /// The message in the language of <paramref name="culture"/> (English for an <c>en</c> culture, Dutch
    /// otherwise): for a host that shows it where the reader's language is known only then, such as the compiler.
    /// </summary>
    public string MessageIn(CultureInfo? culture) =>
        MessageArguments is { } arguments ? Descriptor.MessageFormat.Format(culture, arguments) : Message;

    /// <summary>Where the finding is, in the scanned text.</summary>
    public TextSpan Span { get; }

    /// <summary>The suggested correction, when the rule has one.</summary>
    public Fix? Fix { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Severity.ToName()} {Span}: {Message}";
}
