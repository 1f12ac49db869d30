using System.CommandLine;
using ZiskLlc.Llvm;

namespace ZiskLlc.Cli.Commands;

/// <summary>
/// <c>zisk-llc ir-info PROG.bc [more…]</c>: reads LLVM IR (text or bitcode; several inputs are
/// linked), verifies it, runs the lowering pipeline, and prints functions, the instruction and
/// intrinsic histograms, undefined symbols and the constructs the backend does not support yet,
/// with their locations. Unsupported constructs are reported, not errors: the exit code is 0.
/// </summary>
public sealed class IrInfoCommand : ICliCommand
{
    /// <inheritdoc/>
    public Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "LLVM IR files (.ll or .bc, detected by content); several are linked into one module", Arity = ArgumentArity.OneOrMore };
        var noLower = new Option<bool>("--no-lower") { Description = "show the IR as read, without the lowering pipeline" };
        var passes = new Option<string?>("--passes") { Description = "run this LLVM pass pipeline (opt -passes= syntax) instead of the lowering pipeline, to investigate input problems" };
        var cmd = new Command("ir-info",
            "Show what an LLVM IR program contains: functions, instruction and intrinsic histograms, undefined symbols, " +
            "and the constructs the backend does not support yet with their locations (function, block, instruction, file:line when !dbg exists). " +
            "Unsupported: floating point other than float and double (half, fp128 = long double), vectors, atomics left after lowering, indirectbr, callbr, exception handling (invoke/landingpad), " +
            "non-empty inline asm, calls of external varargs functions, global initialisers that cannot be laid out. " +
            $"Lowering pipeline: {LoweringPipeline.Passes}.");
        cmd.Arguments.Add(inputs);
        cmd.Options.Add(noLower);
        cmd.Options.Add(passes);
        cmd.SetAction(parse =>
        {
            var files = parse.GetValue(inputs) ?? [];
            var output = parse.InvocationConfiguration.Output;
            using var session = IrReader.Read(files);
            if (parse.GetValue(passes) is { Length: > 0 } p) session.RunPasses(p);
            else if (!parse.GetValue(noLower)) session.RunLoweringPipeline();
            Print(output, session, IrSurvey.Survey(session.Module));
            return 0;
        });
        return cmd;
    }

    static void Print(TextWriter o, LlvmSession session, IrSurveyResult r)
    {
        o.WriteLine($"module: {string.Join(" + ", session.Inputs)}");
        o.WriteLine($"  triple: {r.Triple}");
        o.WriteLine($"  datalayout: {r.DataLayout}");
        var (major, minor, patch) = ZiskLlc.Llvm.Interop.LlvmLibrary.Version;
        o.WriteLine($"  read by: LLVM {major}.{minor}.{patch}, {ZiskLlc.Llvm.Interop.LlvmLibrary.LoadedPath}");
        foreach (var d in session.Diagnostics) o.WriteLine($"  {d}");

        o.WriteLine($"functions: {r.Functions.Count} defined, {r.DeclaredFunctions.Count} declared");
        int w = Math.Max(8, r.Functions.Select(f => f.Name.Length).DefaultIfEmpty(0).Max());
        o.WriteLine($"  {"name".PadRight(w)}  params  blocks  insns");
        foreach (var f in r.Functions)
            o.WriteLine($"  {f.Name.PadRight(w)}  {f.Parameters,6}  {f.Blocks,6}  {f.Instructions,5}{(f.IsVarArg ? "  varargs" : "")}");

        o.WriteLine($"instructions: {r.InstructionHistogram.Values.Sum()}");
        foreach (var (k, v) in r.InstructionHistogram.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            o.WriteLine($"  {k,-16} {v,7}");

        o.WriteLine($"intrinsics: {r.IntrinsicHistogram.Values.Sum()}");
        foreach (var (k, v) in r.IntrinsicHistogram.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
            o.WriteLine($"  {k,-32} {v,7}");

        o.WriteLine($"undefined symbols: {(r.UndefinedSymbols.Count == 0 ? "none" : string.Join(" ", r.UndefinedSymbols))}");

        o.WriteLine($"unsupported constructs: {(r.Unsupported.Count == 0 ? "none" : r.Unsupported.Count.ToString())}");
        foreach (var u in r.Unsupported) o.WriteLine($"  {u}");
    }
}
