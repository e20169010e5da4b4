using System;

namespace Citaties.Rules;

/// <summary>
/// What a rule checks, under a stable id (<c>CIT1001</c>). Ids are never reused; the list of all
/// descriptors is <see cref="RuleCatalog"/>.
/// </summary>
public sealed record RuleDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    public RuleDescriptor(string id, LocalizedText title, LocalizedText messageFormat, ProfileSeverities severities, bool hasFix)
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
    }

    /// <summary>The stable id: <c>CIT</c> and four digits.</summary>
    public string Id { get; }

    /// <summary>A one-line title, e.g. "Vergaderjaar impossible".</summary>
    public LocalizedText Title { get; }

    /// <summary>The message, a composite format string filled in by the rule.</summary>
    public LocalizedText MessageFormat { get; }

    /// <summary>The severity in each profile before configuration.</summary>
    public ProfileSeverities DefaultSeverities { get; }

    /// <summary>True when the rule can offer a replacement text.</summary>
    public bool HasFix { get; }

    /// <summary>The range the id belongs to.</summary>
    public RuleCategory Category => (RuleCategory)(Id[3] - '0');

    /// <summary>The documentation page, relative to the repository root: <c>docs/rules/CIT1001.md</c>.</summary>
    public string HelpPath => "docs/rules/" + Id + ".md";

    /// <summary>The documentation page as a URL.</summary>
    public string HelpLink => HelpLinkBase + Id + ".md";

    /// <summary>Where the rule pages are published.</summary>
    public const string HelpLinkBase = "https://github.com/citaties/citaties/blob/main/docs/rules/";
}
