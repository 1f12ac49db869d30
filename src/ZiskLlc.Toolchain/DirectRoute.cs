using ZiskLlc.Codegen;
using ZiskLlc.Codegen.Lower;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Toolchain;

/// <summary>
/// The direct route's driver: reads and links the IR inputs (libLLVM 22), links the runtime modules
/// the program needs — runtime/riscv/i128_div.c when it divides 128-bit integers, softfloat.c when it
/// computes with floats (<see cref="FloatRuntime"/>), each the same source the classic route links,
/// compiled to IR by clang-22, and only when the program does not define those functions itself —,
/// and compiles it with <see cref="Compiler"/>. Order: the IR pipeline (<see cref="ZiskPipeline"/>
/// unless told otherwise) over the program, then the runtime modules the optimised program needs,
/// each through the same pipeline on its own and cached (<see cref="RuntimeModules"/>; nothing in
/// the program calls them before lowering, so nothing is lost by not optimising them together),
/// then the lowering pipeline over the whole.
/// </summary>
public static class DirectRoute
{
    /// <param name="pipeline"><see cref="ZiskPipeline.Name"/> (the default), <see cref="ZiskPipeline.None"/>
    /// (the backend alone) or a pipeline text of one's own (opt's <c>-passes=</c> syntax).</param>
    /// <param name="beforeBackend">called with the number of IR instructions the backend is about to
    /// compile (after both pipelines), e.g. to choose a collection policy for a large program.</param>
    public static CompileResult Compile(IReadOnlyList<string> inputs, CompileOptions options, string pipeline = ZiskPipeline.Name,
        Action<int>? beforeBackend = null)
    {
        if (inputs.Count == 0) throw new UserError("compile: no input files");
        foreach (var i in inputs)
            if (Directory.Exists(i)) throw new UserError($"{i}: is a directory, not an LLVM IR file");
        var origin = options.Origin.Length > 0 ? options.Origin : $"zisk-llc compile {string.Join(" ", inputs.Select(Path.GetFileName))}";
        options = options with { Origin = origin };
        var sw = System.Diagnostics.Stopwatch.StartNew();
        bool timing = Environment.GetEnvironmentVariable("ZISK_LLC_TIMING") == "1";
        using var s = IrReader.Read(inputs);
        if (timing) Console.Error.WriteLine($"read: {sw.ElapsedMilliseconds} ms");
        s.RunZiskPipeline(pipeline, KeptExternal);
        if (timing) Console.Error.WriteLine($"IR pipeline: {sw.ElapsedMilliseconds} ms");
        var sources = RuntimeSources(s.Module);
        if (sources.Count > 0)
        {
            // Linked after the program's pipeline, each already through that pipeline (RuntimeModules).
            var tmp = Directory.CreateTempSubdirectory("zisk-llc-direct-");
            try
            {
                var runtime = GuestRuntime.Locate();
                IrReader.LinkMore(s, sources.Select(src => RuntimeModules.Bitcode(runtime, src, pipeline, tmp.FullName)).ToList());
            }
            finally
            {
                tmp.Delete(recursive: true);
            }
            if (timing) Console.Error.WriteLine($"runtime modules ({string.Join(", ", sources)}): {sw.ElapsedMilliseconds} ms");
        }
        s.RunLoweringPipeline();
        if (beforeBackend is not null || timing)
        {
            int n = s.Module.Functions.Where(f => !f.IsDeclaration).Sum(f => f.Blocks.Sum(b => b.Instructions.Count()));
            if (timing) Console.Error.WriteLine($"IR instructions for the backend: {n}");
            beforeBackend?.Invoke(n);
        }
        if (timing) Console.Error.WriteLine($"read+lower: {sw.ElapsedMilliseconds} ms");
        var r = Compiler.Compile(s.Module, options);
        if (timing) Console.Error.WriteLine($"compile: {sw.ElapsedMilliseconds} ms");
        return r;
    }

    /// <summary>The symbols internalizing the program leaves external: the entry point and every name
    /// the backend may call or implement itself without the IR showing a reference — the guest ABI
    /// functions, the runtime functions (<c>__</c> names: 128-bit division, soft float) and the C
    /// library functions softfloat.c provides. Each keeps its definition and signature as written.</summary>
    static bool KeptExternal(string name) =>
        name == "main" || ModuleContext.AbiFunctions.Contains(name) || ModuleContext.IsRuntimeFunction(name)
        || FloatRuntime.ProvidedLibraryFunctions.Contains(name);

    /// <summary>The runtime sources (in runtime/riscv/) the program needs linked: a function some
    /// instruction is lowered to a call of that the program does not define.</summary>
    static List<string> RuntimeSources(IrModule m)
    {
        var defined = m.Functions.Where(f => !f.IsDeclaration).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        bool division = false, floats = false;
        foreach (var f in m.Functions)
        {
            if (f.IsDeclaration) continue;
            foreach (var i in f.Instructions)
            {
                if (!ModuleContext.MayCallRuntime(i)) continue;
                foreach (var (name, _) in ModuleContext.RuntimeCallees(i))
                {
                    if (defined.Contains(name)) continue;
                    if (ModuleContext.DivisionFunctions.Contains(name)) division = true;
                    else if (ModuleContext.IsRuntimeFunction(name) || FloatRuntime.ProvidedLibraryFunctions.Contains(name)) floats = true;
                }
                if (division && floats) break;
            }
        }
        // A call of a C library function the program declares but does not define, which softfloat.c has.
        if (!floats) floats = m.Functions.Any(f => f.IsDeclaration && FloatRuntime.ProvidedLibraryFunctions.Contains(f.Name));
        var list = new List<string>();
        if (division) list.Add("i128_div.c");
        if (floats) list.Add(FloatRuntime.Source);
        return list;
    }
}
