using System;
using System.Collections.Generic;
using Citaties.Model;
using Citaties.Resolution;
using Citaties.Scanning;

namespace Citaties.Rules;

/// <summary>What a rule sees of one document, and where it reports.</summary>
internal sealed class RuleContext
{
    private readonly List<Diagnostic> diagnostics;
    private readonly Lazy<DocumentContext> document;

    public RuleContext(string text, IReadOnlyList<Citation> citations, LintOptions options, List<Diagnostic> diagnostics, ExtractOptions? extractOptions = null)
        : this(text, citations, Array.Empty<NearMiss>(), options, diagnostics, extractOptions)
    {
    }

    public RuleContext(string text, IReadOnlyList<Citation> citations, IReadOnlyList<NearMiss> nearMisses, LintOptions options, List<Diagnostic> diagnostics, ExtractOptions? extractOptions = null)
    {
        Text = text;
        Citations = citations;
        NearMisses = nearMisses;
        Options = options;
        this.diagnostics = diagnostics;
        var forDocument = extractOptions ?? options.Extract;
        document = new Lazy<DocumentContext>(() => DocumentContext.Create(citations, forDocument));
    }

    /// <summary>The document's definitions, configured abbreviations and named laws (CIT2005, CIT2006), built on first use.</summary>
    public DocumentContext Document => document.Value;

    /// <summary>The scanned text.</summary>
    public string Text { get; }

    /// <summary>Every citation in the text, in text order.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>Places where text starts like a citation but does not parse, in text order (CIT0001).</summary>
    public IReadOnlyList<NearMiss> NearMisses { get; }

    public LintOptions Options { get; }

    /// <summary>
    /// True when the whole text must be one citation (a value passed where one is expected, see
    /// <see cref="CitationLinter.LintCitation(string, LintOptions)"/>), rather than running text that may hold any number (CIT0002).
    /// </summary>
    public bool ExpectsOneCitation { get; init; }

    /// <summary>
    /// Reports a finding of <paramref name="descriptor"/> at <paramref name="span"/>. A rule may name a
    /// <paramref name="preferred"/> severity for this case (CIT2006: info for the same meaning); an explicit
    /// user setting always wins.
    /// </summary>
    public void Report(RuleDescriptor descriptor, TextSpan span, Fix? fix, RuleSeverity? preferred, params object?[] args)
    {
        var severity = Options.SeverityOf(descriptor);
        if (severity == RuleSeverity.None)
        {
            return;
        }

        if (preferred is { } p && !Options.IsConfigured(descriptor))
        {
            severity = p;
        }

        var message = descriptor.MessageFormat.Format(Options.Culture, args);
        diagnostics.Add(new Diagnostic(descriptor, severity, message, span, fix) { MessageArguments = args });
    }

    /// <summary>Reports a finding at the citation's span with its default severity.</summary>
    public void Report(RuleDescriptor descriptor, Citation citation, Fix? fix, params object?[] args) =>
        Report(descriptor, citation.Span, fix, null, args);
}
