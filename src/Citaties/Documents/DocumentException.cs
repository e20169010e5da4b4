using System;

namespace Citaties.Documents;

/// <summary>A document that cannot be read or written, with the reason in words a user can act on.</summary>
public class DocumentException : Exception
{
    /// <summary>Creates the exception for the document at <paramref name="path"/>.</summary>
    public DocumentException(string path, string reason, Exception? inner = null)
        : base($"{path}: {reason}", inner)
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>The document, as named to the reader.</summary>
    public string Path { get; }

    /// <summary>Why it cannot be handled.</summary>
    public string Reason { get; }
}
