namespace Citaties.BwbTitles;

/// <summary>One row of bwb-titles.tsv as written: id, kind (soort), citation title (may be empty) and long title.</summary>
internal sealed record TitleRow(string Bwb, string Kind, string CitationTitle, string LongTitle);
