using System;
using System.Collections.Generic;

namespace Citaties.Rules;

/// <summary>
/// What a rule checks, under a stable id (<c>CIT1001</c>). Ids are never reused; the list of all
/// descriptors is <see cref="RuleCatalog"/>, the ids are
/// <see cref="RuleIds"/>.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id, one of <see cref="RuleIds"/>.</param>
    /// <param name="title">The one-line title.</param>
    /// <param name="messageFormat">The message, a composite format string.</param>
    /// <param name="severities">The severity in each profile before configuration.</param>
    /// <param name="hasFix">True when the rule can offer a replacement text.</param>
    /// <param name="fragments">The named parts a message may contain in place of a placeholder (the reasons of CIT3001).</param>
    public RuleDescriptor(
        string id,
        LocalizedText title,
        LocalizedText messageFormat,
        ProfileSeverities severities,
        bool hasFix,
        IReadOnlyDictionary<string, LocalizedText>? fragments = null)
    {
        if (id is null || id.Length != 7 || !id.StartsWith("CIT", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Rule id '{id}' is not of the form CITnnnn.", nameof(id));
        }

        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        DefaultSeverities = severities;
        HasFix = hasFix;
        Fragments = fragments ?? MessageFragments.None;
    }

    /// <summary>The stable id: <c>CIT</c> and four digits.</summary>
    public string Id { get; }

    /// <summary>A one-line title, e.g. "Vergaderjaar impossible".</summary>
    public LocalizedText Title { get; }

    /// <summary>The message, a composite format string filled in by the rule.</summary>
    public LocalizedText MessageFormat { get; }

    /// <summary>
    /// The named parts that fill placeholders of <see cref="MessageFormat"/>, in both languages: the reasons,
    /// qualifiers and nouns a rule chooses between. Empty when the message only quotes the text.
    /// </summary>
    public IReadOnlyDictionary<string, LocalizedText> Fragments { get; }

    /// <summary>The severity in each profile before configuration.</summary>
    public ProfileSeverities DefaultSeverities { get; }

    /// <summary>True when the rule can offer a replacement text.</summary>
    public bool HasFix { get; }

    /// <summary>The range the id belongs to.</summary>
    public RuleCategory Category => (RuleCategory)(Id[3] - '0');

    /// <summary>The documentation page, relative to the repository root: <c>docs/rules/CIT1001.md</c>.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

    /// <summary>
    /// The documentation page in Markdown (cause, why, how to fix, examples, how to suppress), embedded in this
    /// library; null when the rule has no page.
    /// </summary>
    public string? Documentation => RulePages.Find(Id);

    /// <summary>The documentation page as a URL, under <see cref="ProjectLinks.RulePages"/>.</summary>
    public string HelpLink => ProjectLinks.RulePages + Id + ".md";
}
