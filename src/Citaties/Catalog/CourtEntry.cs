namespace Citaties.Catalog;

/// <summary>An ECLI court code (citation-rules.md section 12).</summary>
public sealed record CourtEntry
{
    /// <summary>The code: <c>HR</c>, <c>RBAMS</c>.</summary>
    public string Code { get; init; } = string.Empty;

    /// <summary>The court's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The country part of the ECLI the code belongs to (<c>NL</c>).</summary>
    public string Country { get; init; } = "NL";

    /// <summary>True when the court has been abolished (still valid for its old decisions).</summary>
    public bool Abolished { get; init; }

    /// <summary>The last year the court gave decisions under this code, when known.</summary>
    public int? LastYear { get; init; }
}
