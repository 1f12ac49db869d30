using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Loaders;

/// <summary>Loads a `.zrom` file (docs/rom-format.md). The float library option does not apply: a ROM
/// already holds everything it runs.</summary>
public sealed class ZromLoader : IProgramLoader
{
    /// <inheritdoc/>
    public string Kind => "ZisK ROM";

    /// <inheritdoc/>
    public bool Recognises(ReadOnlySpan<byte> head) => ZromFile.HasMagic(head);

    /// <inheritdoc/>
    public ZiskProgram Load(string path, LoadOptions options) => ZromFile.Read(path);
}
