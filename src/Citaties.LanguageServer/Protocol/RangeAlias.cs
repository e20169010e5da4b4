// LSP's Range, not System.Range, wherever this project says Range.
global using Range = Citaties.LanguageServer.Protocol.Range;
