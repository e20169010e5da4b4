using System;
using Citaties.Documents;

namespace Citaties.Cli.Output.Lint;

/// <summary>Writes the findings of <c>lint</c> file by file; call <see cref="WriteFile"/> per file, then <see cref="Complete"/> once.</summary>
internal interface ILintOutput : IDisposable
{
    /// <summary>The findings of one file.</summary>
    void WriteFile(ReportedFile file);

    /// <summary>Ends the output.</summary>
    void Complete();
}
