using System.CommandLine;
using ZiskLlc.Codegen;
using ZiskLlc.Isa;
using ZiskLlc.Codegen.Emit;
using ZiskLlc.Rom;
using ZiskLlc.Toolchain;

namespace ZiskLlc.Cli.Commands;

/// <summary>`zisk-llc compile IN.bc|IN.ll [more] -o OUT.zrom [-S] [--stats] [--print-after=PASS]`:
/// the direct route, LLVM IR → ZisK ROM (<see cref="Compiler"/>).</summary>
public sealed class CompileCommand : ICliCommand
{
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "LLVM IR files (.bc or .ll); several are linked into one program", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "the .zrom file to write (with -S: the assembly file)", Required = true };
        var asm = new Option<bool>("-S") { Description = "write ZisK assembly (docs/assembly.md) instead of a ROM; `zisk-llc asm` reads it back to the same ROM" };
        var stats = new Option<bool>("--stats") { Description = "print per-function block, machine-instruction and memory-slot counts" };
        var printAfter = new Option<string?>("--print-after") { Description = $"print the machine IR after a pass ({string.Join(", ", Compiler.Passes)})" };
        var pipeline = PipelineOption.Create();
        var cmd = new Command("compile", "Compile LLVM IR straight to a ZisK ROM (the direct route)");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(output);
        cmd.Options.Add(asm);
        cmd.Options.Add(stats);
        cmd.Options.Add(printAfter);
        cmd.Options.Add(pipeline);
        cmd.SetAction(r =>
        {
            var result = DirectRoute.Compile(r.GetValue(inputs)!, new CompileOptions { PrintAfter = r.GetValue(printAfter), CheckAllocation = Environment.GetEnvironmentVariable("ZISK_LLC_CHECK") == "1" }, r.GetValue(pipeline)!, LargeProgramGc);
            var outPath = r.GetValue(output)!;
            if (r.GetValue(asm)) AtomicFile.WriteAllText(outPath, AssemblyText.Write(result));
            else ZromFile.Write(outPath, result.Program);
            var o = r.InvocationConfiguration.Output;
            if (result.Printed.Length > 0) o.Write(result.Printed);
            if (r.GetValue(stats))
            {
                o.WriteLine($"{"function",-40} {"blocks",7} {"insts",7} {"slots",6}");
                foreach (var (f, b, n, s) in result.Stats) o.WriteLine($"{f,-40} {b,7} {n,7} {s,6}");
                o.WriteLine($"program: {result.Program.Instructions.Count} ROM instructions (BIOS included)");
            }
            return 0;
        });
        return cmd;
    }

    /// <summary>
    /// The backend's machine IR, liveness and memoised IR views live until the process ends, so every
    /// young-generation collection copies them again for nothing: compiling picojpeg (26k instructions in
    /// one function after inlining) took 9 collections, about a tenth of the backend's time. For a large
    /// program the command asks for a no-collection region instead (the runtime grants up to its region
    /// size; a compile that allocates more just leaves it). Not for small ones: reserving the region costs
    /// 1–3 ms, as much as a small compile's collections.
    /// </summary>
    static void LargeProgramGc(int irInstructions)
    {
        if (irInstructions < 20_000 || Environment.GetEnvironmentVariable("ZISK_LLC_GC") == "default") return;
        try { GC.TryStartNoGCRegion(256L << 20); }
        catch (ArgumentOutOfRangeException) { }       // larger than this runtime allows
        catch (InvalidOperationException) { }         // already in one
    }
}
