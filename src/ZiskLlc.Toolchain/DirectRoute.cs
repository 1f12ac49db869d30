using ZiskLlc.Codegen;
using ZiskLlc.Codegen.Lower;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Toolchain;

/// <summary>
/// The direct route's driver: reads and links the IR inputs (libLLVM 22), runs the IR pipeline
/// (<see cref="ZiskPipeline"/> unless told otherwise) and the lowering pipeline,
/// links the runtime's 128-bit division (runtime/riscv/i128_div.c, the same source the classic route
/// links, compiled to IR by clang-22) when the program divides 128-bit integers and does not define
/// those functions itself, and compiles the whole program with <see cref="Compiler"/>.
/// </summary>
public static class DirectRoute
{
    /// <param name="pipeline"><see cref="ZiskPipeline.Name"/> (the default), <see cref="ZiskPipeline.None"/>
    /// (the backend alone) or a pipeline text of one's own (opt's <c>-passes=</c> syntax).</param>
    public static CompileResult Compile(IReadOnlyList<string> inputs, CompileOptions options, string pipeline = ZiskPipeline.Name)
    {
        if (inputs.Count == 0) throw new UserError("compile: no input files");
        foreach (var i in inputs)
            if (Directory.Exists(i)) throw new UserError($"{i}: is a directory, not an LLVM IR file");
        var origin = options.Origin.Length > 0 ? options.Origin : $"zisk-llc compile {string.Join(" ", inputs.Select(Path.GetFileName))}";
        options = options with { Origin = origin };
        var sw = System.Diagnostics.Stopwatch.StartNew();
        bool timing = Environment.GetEnvironmentVariable("ZISK_LLC_TIMING") == "1";
        using (var s = IrReader.ReadAndLower(inputs, pipeline))
        {
            if (timing) Console.Error.WriteLine($"read+lower: {sw.ElapsedMilliseconds} ms");
            if (!NeedsDivision(s.Module))
            {
                var r = Compiler.Compile(s.Module, options);
                if (timing) Console.Error.WriteLine($"compile: {sw.ElapsedMilliseconds} ms");
                return r;
            }
        }
        var tmp = Directory.CreateTempSubdirectory("zisk-llc-direct-");
        try
        {
            var runtime = GuestRuntime.Locate();
            var bc = Path.Combine(tmp.FullName, "i128_div.bc");
            ExternalTools.Run(ExternalTools.Find("clang"), [.. ElfBuilder.RuntimeCFlags, "-emit-llvm", "-I" + runtime.IncludeDir,
                Path.Combine(runtime.Root, "riscv", "i128_div.c"), "-o", bc], "compiling the runtime's 128-bit division to LLVM IR");
            using var s = IrReader.ReadAndLower([.. inputs, bc], pipeline);
            return Compiler.Compile(s.Module, options);
        }
        finally
        {
            tmp.Delete(recursive: true);
        }
    }

    /// <summary>True if the program divides integers wider than 64 bits and does not define the runtime functions itself.</summary>
    static bool NeedsDivision(IrModule m)
    {
        var defined = m.Functions.Where(f => !f.IsDeclaration).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        if (ModuleContext.DivisionFunctions.All(defined.Contains)) return false;
        foreach (var f in m.Functions)
        {
            if (f.IsDeclaration) continue;
            foreach (var i in f.Instructions)
                if (ModuleContext.DivisionRuntime(i.Opcode, i.Type) is not null) return true;
        }
        return false;
    }
}
