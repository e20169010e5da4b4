using System.Diagnostics;
using Citaties.OpenXml.Tests.Samples;

namespace Citaties.OpenXml.Tests.Rendering;

/// <summary>
/// An annotated document opens in a second word processor: LibreOffice converts it to PDF. Skipped with a
/// reason when LibreOffice is not installed; .ci/run installs it (libreoffice-writer-nogui) where it can.
/// </summary>
[TestFixture]
[NonParallelizable]
public class LibreOfficeConversionTests
{
    [Test]
    public void An_annotated_draft_converts_to_pdf()
    {
        var soffice = FindOnPath("soffice") ?? FindOnPath("libreoffice");
        if (soffice is null)
        {
            Assert.Ignore("LibreOffice (soffice) is not installed; install libreoffice-writer-nogui to run this test.");
        }

        var folder = Path.Combine(Path.GetTempPath(), "citaties-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var annotated = Path.Combine(folder, "geannoteerd.docx");
            var result = DocxCitations.Annotate(SamplePaths.WetsvoorstelDocx, annotated);
            var start = new ProcessStartInfo(soffice!)
            {
                ArgumentList = { "-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "pdf", "--outdir", folder, annotated },
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(180_000))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("LibreOffice did not finish converting within three minutes.");
            }

            var pdf = Path.Combine(folder, "geannoteerd.pdf");
            Assert.That(process.ExitCode, Is.EqualTo(0), output.Result + error.Result);
            Assert.That(File.Exists(pdf), Is.True, "no PDF written: " + output.Result + error.Result);
            var head = new byte[4];
            using (var stream = File.OpenRead(pdf))
            {
                stream.ReadExactly(head);
            }

            Assert.That(head, Is.EqualTo("%PDF"u8.ToArray()));
            TestContext.Out.WriteLine($"{result.Diagnostics.Count} comments; PDF of {new FileInfo(pdf).Length} bytes");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
