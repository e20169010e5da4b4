using System;
using System.IO;
using Citaties.SampleDocx.Samples;

namespace Citaties.SampleDocx;

/// <summary>
/// <c>Citaties.SampleDocx [wetsvoorstel.txt [wetsvoorstel.docx]]</c> writes the sample draft (by default
/// samples/wetsvoorstel.txt to samples/wetsvoorstel.docx in the repository);
/// <c>Citaties.SampleDocx --long output.docx</c> writes the long generated draft the benchmarks use.
/// </summary>
public static class Program
{
    /// <summary>Runs the tool; returns 0 on success, 1 on an error, 2 on bad arguments.</summary>
    public static int Main(string[] args)
    {
        try
        {
            if (args.Length == 2 && args[0] == "--long")
            {
                File.WriteAllBytes(args[1], LongDraft.Create(LongDraft.DefaultParagraphs).ToArray());
                Console.WriteLine($"wrote {args[1]} ({LongDraft.DefaultParagraphs} paragraphs)");
                return 0;
            }

            if (args.Length > 2 || (args.Length > 0 && args[0].StartsWith('-')))
            {
                Console.Error.WriteLine("usage: Citaties.SampleDocx [wetsvoorstel.txt [wetsvoorstel.docx]] | --long output.docx");
                return 2;
            }

            var samples = args.Length > 0 ? null : FindSamples();
            var input = args.Length > 0 ? args[0] : Path.Combine(samples!, "wetsvoorstel.txt");
            var output = args.Length > 1 ? args[1] : Path.ChangeExtension(input, ".docx");
            WetsvoorstelDocument.Write(input, output);
            Console.WriteLine($"wrote {output}");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Citaties.sln")))
            {
                return Path.Combine(dir.FullName, "samples");
            }
        }

        throw new IOException("Citaties.sln not found above the current folder; name the input file.");
    }
}
