using ZiskLlc.Riscv;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Loaders;

/// <summary>
/// Loads a RISC-V ELF by transpiling it the way ZisK's riscv2zisk does (the classic route), with
/// ZisK's soft-float library as payload 0 when --float-lib is given (as ziskemu always does).
/// </summary>
public sealed class ElfLoader : IProgramLoader
{
    /// <inheritdoc/>
    public string Kind => "RISC-V ELF";

    /// <inheritdoc/>
    public bool Recognises(ReadOnlySpan<byte> head) =>
        head.Length >= 4 && head[0] == 0x7F && head[1] == (byte)'E' && head[2] == (byte)'L' && head[3] == (byte)'F';

    /// <inheritdoc/>
    public ZiskProgram Load(string path, LoadOptions options)
    {
        if (options.FloatLib is { } lib) ProgramLoaders.RequireFile(lib, "--float-lib soft-float library", roleWhenMissing: true);
        return ElfTranspiler.Transpile(path, new TranspileOptions { FloatLibPath = options.FloatLib });
    }
}
