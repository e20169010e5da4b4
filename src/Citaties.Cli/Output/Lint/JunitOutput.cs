using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Xml;
using Citaties.Rules;

namespace Citaties.Cli.Output.Lint;

/// <summary>
/// JUnit XML, which CI systems without a linter format (Azure Pipelines, Jenkins, GitLab's test reports) show as
/// test results: one test case per finding, failed, named after the rule and place, with the file as class; a file
/// without findings is one passed test case. Written whole at the end, since the counts head the document.
/// </summary>
internal sealed class JunitOutput : ILintOutput
{
    private readonly TextWriter output;
    private readonly List<ReportedFile> files = new();

    /// <summary>Writes to <paramref name="output"/> when complete.</summary>
    public JunitOutput(TextWriter output)
    {
        this.output = output;
    }

    /// <inheritdoc />
    public void WriteFile(ReportedFile file) => files.Add(file);

    /// <inheritdoc />
    public void Complete()
    {
        var tests = 0;
        var failures = 0;
        foreach (var file in files)
        {
            tests += System.Math.Max(1, file.Findings.Count);
            failures += file.Findings.Count;
        }

        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", OmitXmlDeclaration = false };
        using (var writer = XmlWriter.Create(output, settings))
        {
            writer.WriteStartElement("testsuites");
            writer.WriteStartElement("testsuite");
            writer.WriteAttributeString("name", "citaties");
            writer.WriteAttributeString("tests", tests.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("failures", failures.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("errors", "0");
            foreach (var file in files)
            {
                WriteFile(writer, file);
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        output.Write('\n');
        output.Flush();
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private static void WriteFile(XmlWriter writer, ReportedFile file)
    {
        if (file.Findings.Count == 0)
        {
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("classname", file.Document.Name);
            writer.WriteAttributeString("name", "citaties");
            writer.WriteAttributeString("file", file.Document.Name);
            writer.WriteEndElement();
            return;
        }

        foreach (var finding in file.Findings)
        {
            var d = finding.Diagnostic;
            writer.WriteStartElement("testcase");
            writer.WriteAttributeString("classname", file.Document.Name);
            writer.WriteAttributeString("name", $"{d.Id} at line {finding.Region.StartLine}, column {finding.Region.StartColumn}");
            writer.WriteAttributeString("file", file.Document.Name);
            writer.WriteAttributeString("line", finding.Region.StartLine.ToString(CultureInfo.InvariantCulture));
            writer.WriteStartElement("failure");
            writer.WriteAttributeString("type", d.Severity.ToName());
            writer.WriteAttributeString("message", d.Message);
            writer.WriteString($"{file.Document.Name}:{finding.Region.StartLine}:{finding.Region.StartColumn}: {d.Severity.ToName()} {d.Id}: {d.Message}\ntext: {finding.Text}");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }
}
