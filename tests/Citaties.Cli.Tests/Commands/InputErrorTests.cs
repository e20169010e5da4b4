using System.Text;
using Citaties.Cli.Tests.Support;

namespace Citaties.Cli.Tests.Commands;

[TestFixture]
public class InputErrorTests
{
    [Test]
    public void Reports_a_missing_file_and_still_prints_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "BWBR0000001");
        folder.Write("c.txt", "BWBR0000003");

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "a.txt", "b.txt", "c.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Is.EqualTo("citaties: b.txt: no such file or folder" + Environment.NewLine));
        using var json = run.Json();
        MachineInterface.AssertShape(json);
        Assert.That(MachineInterface.Paths(json), Is.EqualTo(new[] { "a.txt", "c.txt" }));
    }

    [Test]
    public void Prints_valid_JSON_even_when_no_input_could_be_read()
    {
        using var folder = new TempFolder();

        var run = Tool.Run(folder.Path, "extract", "--format", "json", "weg.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        using var json = run.Json();
        Assert.That(MachineInterface.Paths(json), Is.Empty);
    }

    [Test]
    public void Reports_a_binary_file_by_its_NUL_bytes()
    {
        using var folder = new TempFolder();
        folder.WriteBytes("plaatje.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A });
        folder.Write("a.txt", "BWBR0000001");

        var run = Tool.Run(folder.Path, "extract", "plaatje.txt", "a.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: plaatje.txt: looks like a binary file (NUL byte at byte 4)"));
        Assert.That(run.Stdout, Does.StartWith("a.txt:1:1  bwb"));
    }

    [Test]
    public void Reports_text_that_is_not_UTF_8_with_the_byte_offset()
    {
        using var folder = new TempFolder();
        // "café BWBR0000001" in Windows-1252: 0xE9 alone is no UTF-8.
        folder.WriteBytes("latin1.txt", Encoding.Latin1.GetBytes("café BWBR0000001"));

        var run = Tool.Run(folder.Path, "extract", "latin1.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: latin1.txt: is not valid UTF-8 (invalid byte sequence at byte 3)"));
        Assert.That(run.Stdout, Is.Empty);
    }

    [Test]
    public void Reports_binary_data_on_standard_input()
    {
        var run = Tool.RunWithStdin(TestContext.CurrentContext.WorkDirectory, "PK\0\u0003BWBR0000001", "extract", "-");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: -: looks like binary data"));
    }

    [Test]
    public void Reports_a_folder_without_text_files()
    {
        using var folder = new TempFolder();
        folder.Write("plaatjes/a.png", "x");

        var run = Tool.Run(folder.Path, "extract", "plaatjes");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: plaatjes: folder holds no .txt, .md, .html, .htm, .docx files"));
    }

    [Test]
    public void Reports_a_pattern_that_matches_nothing()
    {
        using var folder = new TempFolder();

        var run = Tool.Run(folder.Path, "extract", "docs/*.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: docs/*.txt: no files match this pattern"));
    }

    [Test]
    public void Reports_a_file_that_cannot_be_read()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Ignore("Unix file permissions are needed to make a file unreadable.");
            return;
        }

        using var folder = new TempFolder();
        var path = folder.Write("geheim.txt", "BWBR0000001");
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            using (File.OpenRead(path))
            {
                Assert.Ignore("The file stays readable without permissions (the tests run as root).");
            }
        }
        catch (UnauthorizedAccessException)
        {
            // As intended: the file cannot be opened.
        }

        var run = Tool.Run(folder.Path, "extract", "geheim.txt");

        Assert.That(run.ExitCode, Is.EqualTo(2));
        Assert.That(run.Stderr, Does.StartWith("citaties: geheim.txt: cannot be read: permission denied"));
    }
}
