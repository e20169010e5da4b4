using System;
using System.IO;
using Citaties.BwbTitles;

// Usage: Citaties.BwbTitles <bwb-titles.tsv> <bwb-titles.bin>
// Run by the Citaties build when the TSV is present and newer than the resource; the resource is committed so a
// clone without ../shared builds the same library.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Citaties.BwbTitles <bwb-titles.tsv> <bwb-titles.bin>");
    return 2;
}

var rows = TsvRows.Read(args[0]);
var payload = TitleTable.Payload(rows);
var compressed = TitleTable.Compress(payload);
var temporary = args[1] + ".tmp";
File.WriteAllBytes(temporary, compressed);
File.Move(temporary, args[1], overwrite: true);
Console.WriteLine($"{rows.Count} rows -> {args[1]}: {payload.Length:N0} bytes, {compressed.Length:N0} compressed");
return 0;
