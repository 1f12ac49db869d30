using System.CommandLine;
using ZiskLlc.Llvm;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc build-elf PROG.bc [MORE …] -o PROG.elf`: the classic route's front half
/// (llc-22 + the guest runtime + ld.lld-22), see <see cref="ElfBuilder"/>. The inputs are first read
/// and verified by <see cref="IrReader"/>, as `ir-info` does, so that an empty, garbled, truncated,
/// invalid or non-RV64 input gets the same one-line message naming the file (llc's own errors are
/// several lines of tool output, and llc would compile a 32-bit module without complaint).</summary>
public sealed class BuildElfCommand : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "LLVM IR files (.bc or .ll); several are linked into one program", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "the ELF file to write", Required = true };
        var cmd = new Command("build-elf", "Compile LLVM IR to a ZisK RISC-V ELF through LLVM's RISC-V backend (the classic route)");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(output);
        cmd.SetAction(r =>
        {
            var files = r.GetValue(inputs)!;
            using (IrReader.Read(files)) { }
            ElfBuilder.Build(files, r.GetValue(output)!);
            return 0;
        });
        return cmd;
    }
}
