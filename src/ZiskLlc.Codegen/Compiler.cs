using System.Text;
using ZiskLlc.Codegen.Emit;
using ZiskLlc.Codegen.Lower;
using ZiskLlc.Codegen.Mir;
using ZiskLlc.Codegen.Opt;
using ZiskLlc.Codegen.Regalloc;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;
using ZiskLlc.Rom;

namespace ZiskLlc.Codegen;

/// <summary>Options of the direct route.</summary>
public sealed record CompileOptions
{
    /// <summary>Print the machine IR after this pass (one of <see cref="Compiler.Passes"/>).</summary>
    public string? PrintAfter { get; init; }
    /// <summary>Run the allocation checker after register allocation (on in tests).</summary>
    public bool CheckAllocation { get; init; }
    /// <summary>Free-form provenance stored in the ROM.</summary>
    public string Origin { get; init; } = "";
}

/// <summary>What the direct route produced.</summary>
public sealed record CompileResult(ZiskProgram Program, IReadOnlyList<(string Label, ulong Addr)> Labels,
    IReadOnlyList<(string Function, int Blocks, int Instructions, int Slots)> Stats, string Printed);

/// <summary>
/// The direct route, LLVM IR → ZisK ROM, as a pipeline of passes (each a file with a header saying
/// what it assumes and guarantees):
/// <list type="number">
/// <item><c>lower</c> (<see cref="FunctionLowering"/>): legalisation and instruction selection into machine IR with virtual registers;</item>
/// <item><c>fold</c> (<see cref="LoadFolding"/>): loads of absolute 8-byte words folded into their users' memory operands;</item>
/// <item><c>peephole</c> (<see cref="Peephole"/>): short chains rewritten into fewer steps;</item>
/// <item><c>seladdr</c> (<see cref="SelectAddress"/>): an access through a select of two addresses done in the select's arms, the address in the displacement;</item>
/// <item><c>rebase</c> (<see cref="IncrementRebase"/>): reads after an induction step take the stepped value, so the back-edge copy coalesces away;</item>
/// <item><c>taildup</c> (<see cref="TailDuplication"/>): a small block ending in an indirect jump copied into its predecessors (interpreter dispatch);</item>
/// <item><c>regalloc</c> (<see cref="GraphColoringAllocator"/>): locations for every virtual register (x1..x31 or memory slots), saves around re-entrant calls;</item>
/// <item><c>check</c> (<see cref="AllocationChecker"/>, optional): every use reads the location its definition wrote;</item>
/// <item><c>data</c> (<see cref="DataLayout"/>): globals and static frames placed;</item>
/// <item><c>emit</c> (<see cref="Emitter"/>): boot code, code layout, jump folding, the final program.</item>
/// </list>
/// The whole-program analyses it rests on (reachability, call-graph cycles, the ABI) are in
/// <see cref="ModuleContext"/> and <see cref="Abi"/>. Passes 2–6 of one function run on a second thread
/// while the next function is lowered (they read and write only that function's machine IR; the LLVM IR
/// is read on the calling thread only); allocation starts when every function is through them.
/// </summary>
public static class Compiler
{
    /// <summary>The machine-IR passes between <c>lower</c> and <c>regalloc</c>, in order.</summary>
    static readonly (string Name, Action<MFunction> Run)[] MirPasses =
        [("fold", LoadFolding.Run), ("peephole", Peephole.Run), ("seladdr", SelectAddress.Run), ("rebase", IncrementRebase.Run), ("taildup", TailDuplication.Run)];

    public static readonly string[] Passes = ["lower", .. MirPasses.Select(p => p.Name), "regalloc"];

    public static CompileResult Compile(IrModule module, CompileOptions options)
    {
        if (options.PrintAfter is { } pa && !Passes.Contains(pa))
            throw new UserError($"--print-after: unknown pass '{pa}' (passes: {string.Join(", ", Passes)})");
        // The backend only reads the IR: the views may memoise operands and instruction lists.
        using var frozen = IrFreeze.Begin();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        bool timing = Environment.GetEnvironmentVariable("ZISK_LLC_TIMING") == "1";
        void Phase(string what)
        {
            if (timing) Console.Error.WriteLine($"  {what}: {sw.ElapsedMilliseconds} ms ({GC.GetTotalAllocatedBytes() >> 20} MB allocated, {GC.CollectionCount(0)} collections)");
        }
        var mc = new ModuleContext(module);
        Phase("module context");
        var abi = new Abi();
        var printed = new StringBuilder();
        var mfs = new List<MFunction>();
        void RunMirPasses(MFunction mf)
        {
            foreach (var (name, run) in MirPasses)
            {
                var t2 = sw.ElapsedMilliseconds;
                run(mf);
                if (timing && sw.ElapsedMilliseconds - t2 >= 10) Console.Error.WriteLine($"    {name} {mf.Name}: {sw.ElapsedMilliseconds - t2} ms");
                if (options.PrintAfter == name) printed.Append(MirPrinter.Print(mf)).Append('\n');
            }
        }
        // The machine-IR passes read and write only their own function's machine IR, never the LLVM IR: while
        // this thread lowers the next function (reading the IR through the C API, which must stay on one
        // thread), a second one runs them on the function lowered before. Printing keeps one thread (its order).
        var overlap = options.PrintAfter is null && Environment.ProcessorCount > 1 && mc.ReachableFunctions.Count > 1;
        using var queue = new System.Collections.Concurrent.BlockingCollection<MFunction>();
        var worker = overlap ? Task.Factory.StartNew(() => { foreach (var mf in queue.GetConsumingEnumerable()) RunMirPasses(mf); },
            TaskCreationOptions.LongRunning) : null;
        bool lowered = false;
        try
        {
            foreach (var f in mc.ReachableFunctions)
            {
                var t1 = sw.ElapsedMilliseconds;
                var mf = new FunctionLowering(mc, f, abi).Run();
                if (timing && sw.ElapsedMilliseconds - t1 >= 10) Console.Error.WriteLine($"    lower {mf.Name}: {sw.ElapsedMilliseconds - t1} ms");
                if (options.PrintAfter == "lower") printed.Append(MirPrinter.Print(mf)).Append('\n');
                if (worker is null) RunMirPasses(mf);
                else queue.Add(mf);
                mfs.Add(mf);
            }
            lowered = true;
        }
        finally
        {
            queue.CompleteAdding();
            // The worker's failure surfaces as the one exception it is; the lowering's own, if any, comes first.
            try { worker?.Wait(); }
            catch (AggregateException e) when (lowered && e.InnerExceptions.Count == 1) { System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]); }
            catch (AggregateException) when (!lowered) { }
        }
        Phase("lower");
        var allocator = new GraphColoringAllocator();
        // Callees first (Tarjan numbers call-graph cycles callees first), so each call knows which
        // registers its callee writes and the values live across it can stay in the others.
        foreach (var mf in mfs.OrderBy(m => mc.Scc[m.Name]))
        {
            var before = options.CheckAllocation ? AllocationChecker.Snapshot(mf) : null;
            var t0 = sw.ElapsedMilliseconds;
            allocator.Allocate(mf);
            if (timing && sw.ElapsedMilliseconds - t0 >= 10) Console.Error.WriteLine($"    regalloc {mf.Name}: {sw.ElapsedMilliseconds - t0} ms ({mf.Blocks.Count} blocks, {mf.VRegCount} virtual registers)");
            if (before is not null) AllocationChecker.Check(before, mf);
            GraphColoringAllocator.RemoveNopCopies(mf);
            if (options.PrintAfter == "regalloc") printed.Append(MirPrinter.Print(mf)).Append('\n');
        }
        Phase("regalloc");
        var frames = mfs.SelectMany(m => new[] { (m.FrameSymbol, (m.StaticAllocaBytes + 7) / 8 * 8 + 8L * m.SlotCount), (m.Name + "$va", m.VaAreaBytes) });
        var data = new DataLayout(mc, frames);
        bool usesStack = mfs.Any(m => m.Blocks.Any(b => b.Insts.Any(i => i.Kind is MKind.Push or MKind.Pop
            || (i.Kind == MKind.Op && (IsSp(i.A, abi) || IsSp(i.B, abi) || IsSp(i.D, abi))))));
        var main = mc.Defined["main"];
        var mainType = main.FunctionType;
        var (program, labels) = new Emitter(abi).Build(mfs, data, n => mc.Resolve(n).Sym, mainType.ParameterTypes.Count,
            mainType.ReturnType.Kind != IrTypeKind.Void, usesStack, options.Origin);
        Phase("emit");
        if (program.Instructions.Count > MemoryMap.MaxRomRows)
            throw new UserError($"the program has {program.Instructions.Count} instructions; a ZisK ROM holds at most {MemoryMap.MaxRomRows} (§6.3)");
        var stats = mfs.Select(m => (m.Name, m.Blocks.Count, m.Blocks.Sum(b => b.Insts.Count + 1), m.SlotCount)).ToList();
        return new CompileResult(program, labels, stats, printed.ToString());
    }

    static bool IsSp(Operand o, Abi abi) => o.Kind == OpKind.Mem && o.Sym is null && o.Value == abi.SpAddr;
}
