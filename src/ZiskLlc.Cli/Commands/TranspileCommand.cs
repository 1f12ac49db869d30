using System.CommandLine;
using ZiskLlc.Riscv;
using ZiskLlc.Rom;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc transpile PROG.elf -o PROG.zrom`: RISC-V ELF → ZisK ROM exactly as ZisK's
/// riscv2zisk (spec §5–§7), written as a .zrom file.</summary>
public sealed class TranspileCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create()
    {
        var elf = new Argument<string>("ELF") { Description = "a RISC-V ELF executable" };
        var output = new Option<string>("--output", "-o") { Description = "the .zrom file to write", Required = true };
        var floatLib = new Option<string?>("--float-lib") { Description = "ZisK's soft-float library ELF, included as payload 0 like ziskemu does" };
        var cmd = new Command("transpile", "Transpile a RISC-V ELF into a ZisK ROM (.zrom) exactly as ZisK does");
        cmd.Arguments.Add(elf);
        cmd.Options.Add(output);
        cmd.Options.Add(floatLib);
        cmd.SetAction(r =>
        {
            Loaders.ProgramLoaders.RequireFile(r.GetValue(elf)!, "RISC-V ELF");
            if (r.GetValue(floatLib) is { } lib) Loaders.ProgramLoaders.RequireFile(lib, "--float-lib soft-float library", roleWhenMissing: true);
            var program = ElfTranspiler.Transpile(r.GetValue(elf)!, new TranspileOptions { FloatLibPath = r.GetValue(floatLib) });
            ZromFile.Write(r.GetValue(output)!, program);
            return 0;
        });
        return cmd;
    }
}
