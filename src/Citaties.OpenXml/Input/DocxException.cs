using System;

namespace Citaties.OpenXml.Input;

/// <summary>A file that cannot be handled as a Word document, with the reason in words a user can act on.</summary>
public sealed class DocxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocxException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Why it cannot be handled.</summary>
    public string Reason { get; }
}
