namespace Citaties.Rules;

/// <summary>
/// A rule: one descriptor, one check. Rules see the citations of a document and its context, never
/// Word or Roslyn; they report through <c>RuleContext.Report</c>.
/// </summary>
internal abstract class CitationRule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}

/// <summary>A rule that looks at each citation of one kind on its own.</summary>
internal abstract class CitationRule<T> : CitationRule
    where T : Model.Citation
{
    public sealed override void Analyze(RuleContext context)
    {
        foreach (var citation in context.Citations)
        {
            if (citation is T typed)
            {
                Analyze(typed, context);
            }
        }
    }

    protected abstract void Analyze(T citation, RuleContext context);
}
