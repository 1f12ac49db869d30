using System.CommandLine;
using ZiskLlc.Cli.Loaders;
using ZiskLlc.Riscv;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc disasm PROG`: a .zrom as text the assembler reads back (ProgramListing); a RISC-V
/// ELF as each RISC-V instruction followed by the ZisK instructions made from it (ElfListing).</summary>
public sealed class DisasmCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create()
    {
        var prog = new Argument<string>("PROG") { Description = "a .zrom file or a RISC-V ELF" };
        var floatLib = new Option<string?>("--float-lib") { Description = "ZisK's soft-float library ELF, for an ELF input" };
        var cmd = new Command("disasm", "Disassemble a ZisK ROM, or show how a RISC-V ELF is transpiled");
        cmd.Arguments.Add(prog);
        cmd.Options.Add(floatLib);
        cmd.SetAction(r =>
        {
            var path = r.GetValue(prog)!;
            var o = r.InvocationConfiguration.Output;
            if (IsElf(path))
                ElfListing.Write(path, new TranspileOptions { FloatLibPath = r.GetValue(floatLib) }, o);
            else
                ProgramListing.Write(ProgramLoaders.Load(path, new LoadOptions()), o);
            return 0;
        });
        return cmd;
    }

    static bool IsElf(string path)
    {
        if (!File.Exists(path)) return false;   // the loader reports the missing file
        using var f = File.OpenRead(path);
        Span<byte> head = stackalloc byte[4];
        return f.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head.SequenceEqual("\u007FELF"u8);
    }
}
