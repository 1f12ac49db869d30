using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>
/// Whole-program facts the lowering needs, read once from the linked module: which functions and
/// globals are reachable from <c>main</c> (only those are compiled and laid out, so a function that is
/// never called may hold constructs the backend does not support), the call graph and its cycles
/// (functions in a cycle are re-entrant and keep their live state on a stack across re-entrant
/// calls; all others get static absolute frames, spec §9.4), which functions have their address
/// taken, aliases, and the guest-ABI functions (guest ABI §3–§4) the direct route implements
/// itself. An undefined symbol outside the guest ABI is a <see cref="UserError"/> naming it.
/// </summary>
public sealed class ModuleContext
{
    /// <summary>Functions the direct route implements inline (guest ABI §3 and §4).</summary>
    public static readonly HashSet<string> AbiFunctions =
    [
        "zisk_putchar", "zisk_exit", "zisk_set_output", "zisk_input", "zisk_keccakf", "zisk_sha256f",
        "memcpy", "memmove", "memset", "memcmp", "bcmp",
    ];

    public IrModule Module { get; }
    public PartLayout Parts { get; }
    public IrDataLayout Layout { get; }
    /// <summary>Defined functions by name.</summary>
    public Dictionary<string, IrFunction> Defined { get; } = new(StringComparer.Ordinal);
    /// <summary>Defined global variables by name.</summary>
    public Dictionary<string, IrGlobal> Globals { get; } = new(StringComparer.Ordinal);
    /// <summary>Alias name → (target symbol, offset).</summary>
    public Dictionary<string, (string Sym, long Off)> Aliases { get; } = new(StringComparer.Ordinal);
    /// <summary>Reachable defined functions, in discovery order (main first).</summary>
    public List<IrFunction> ReachableFunctions { get; } = [];
    /// <summary>Reachable defined globals.</summary>
    public List<IrGlobal> ReachableGlobals { get; } = [];
    public HashSet<string> AddressTaken { get; } = new(StringComparer.Ordinal);
    /// <summary>Functions in a call-graph cycle (including through indirect calls).</summary>
    public HashSet<string> Recursive { get; } = new(StringComparer.Ordinal);
    /// <summary>Strongly connected component index of each reachable function.</summary>
    public Dictionary<string, int> Scc { get; } = new(StringComparer.Ordinal);
    /// <summary>Reachable functions that make an indirect call.</summary>
    public HashSet<string> CallsIndirectly { get; } = new(StringComparer.Ordinal);

    /// <summary>The runtime functions 128-bit division and remainder are lowered to (libgcc/compiler-rt names).</summary>
    public static readonly string[] DivisionFunctions = ["__udivti3", "__umodti3", "__divti3", "__modti3"];

    /// <summary>The runtime function an integer division or remainder wider than 64 bits calls, else null.</summary>
    public static string? DivisionRuntime(IrOpcode op, IrType type) =>
        type.Kind == IrTypeKind.Integer && type.IntegerWidth > 64
            ? op switch { IrOpcode.UDiv => DivisionFunctions[0], IrOpcode.URem => DivisionFunctions[1], IrOpcode.SDiv => DivisionFunctions[2], IrOpcode.SRem => DivisionFunctions[3], _ => null }
            : null;

    /// <summary>A cheap first test: false where <see cref="RuntimeCallees"/> is certainly empty (it spares
    /// the enumerator for the common instruction).</summary>
    public static bool MayCallRuntime(IrInstruction inst) =>
        inst.Opcode is IrOpcode.UDiv or IrOpcode.SDiv or IrOpcode.URem or IrOpcode.SRem || FloatRuntime.MayCall(inst);

    /// <summary>A runtime function (a compiler-runtime name of i128_div.c or softfloat.c), as opposed to a C library one.</summary>
    public static bool IsRuntimeFunction(string name) => name.StartsWith("__", StringComparison.Ordinal);

    /// <summary>The runtime and library functions an instruction is lowered to calls of, each with what
    /// the instruction is (for a message): 128-bit division, floating point (<see cref="FloatRuntime"/>).</summary>
    public static IEnumerable<(string Name, string What)> RuntimeCallees(IrInstruction inst)
    {
        if (DivisionRuntime(inst.Opcode, inst.Type) is { } d) yield return (d, "128-bit division");
        if (!FloatRuntime.MayCall(inst)) yield break;
        foreach (var f in FloatRuntime.Callees(inst))
            yield return (f, inst.IntrinsicName is { } n ? $"'{n}'" : $"'{inst.Opcode.ToString().ToLowerInvariant()}'");
    }

    /// <summary>Blocks whose address a blockaddress constant takes (they keep an instruction of their own).</summary>
    public HashSet<nint> AddressTakenBlocks { get; } = [];

    /// <summary>The code symbol of a block (its index in the function), as blockaddress relocations name it.</summary>
    public static string BlockSymbol(IrFunction f, IrBlock b)
    {
        int k = 0;
        foreach (var x in f.Blocks) { if (x.Handle == b.Handle) return $"{f.Name}$ba{k}"; k++; }
        throw new InvalidOperationException($"block {b} is not in @{f.Name}");
    }

    readonly Dictionary<string, HashSet<string>> callees = new(StringComparer.Ordinal);

    public ModuleContext(IrModule module)
    {
        Module = module;
        Layout = module.Layout;
        Parts = new PartLayout(Layout);
        foreach (var f in module.Functions) if (!f.IsDeclaration) Defined[f.Name] = f;
        foreach (var g in module.Globals) if (!g.IsDeclaration) Globals[g.Name] = g;
        foreach (var (name, aliasee) in module.Aliases)
        {
            var (sym, off) = GlobalInitializer.EvaluateAddress(aliasee, Layout);
            if (sym is null) throw new UserError($"alias @{name} does not refer to a symbol");
            Aliases[name] = (sym, (long)off);
        }
        if (!Defined.TryGetValue("main", out var main))
            throw new UserError("the program has no function 'main' (guest ABI §2)");
        Discover(main);
        FindCycles();
        Wide = WideScalars.Find(this);
    }

    /// <summary>Narrow scalar globals kept as a whole extended 8-byte word (<see cref="WideScalars"/>): name → sign-extended.</summary>
    public Dictionary<string, bool> Wide { get; private set; } = [];

    /// <summary>Resolves an alias chain to a symbol and offset.</summary>
    public (string Sym, long Off) Resolve(string name)
    {
        long off = 0;
        for (int guard = 0; guard < 64 && Aliases.TryGetValue(name, out var a); guard++) { name = a.Sym; off += a.Off; }
        return (name, off);
    }

    void Discover(IrFunction main)
    {
        var seenF = new HashSet<string>(StringComparer.Ordinal);
        var seenG = new HashSet<string>(StringComparer.Ordinal);
        var work = new Stack<IrFunction>();
        var undefined = new SortedDictionary<string, string>(StringComparer.Ordinal);
        seenF.Add(main.Name);
        work.Push(main);
        var gwork = new Stack<IrGlobal>();

        // Each (value, as callee) once: a reference's effects do not depend on where it is made (only the first
        // referrer is kept for a message), and a program refers to the same globals and constant expressions
        // from thousands of instructions.
        var referenced = new HashSet<(nint, bool)>();
        void Reference(IrValue v, string from, bool asCallee)
        {
            if (!referenced.Add((v.Handle, asCallee))) return;
            switch (v.Kind)
            {
                case IrValueKind.Function:
                {
                    var f = v.AsFunction;
                    if (!asCallee) AddressTaken.Add(f.Name);
                    if (f.IsDeclaration)
                    {
                        if (!f.IsIntrinsic && !AbiFunctions.Contains(f.Name)) undefined.TryAdd(f.Name, from);
                        else if (!asCallee && !f.IsIntrinsic)
                            throw new UserError($"function @{from}: the address of the runtime function '{f.Name}' is taken; the direct route implements it inline only");
                        return;
                    }
                    if (seenF.Add(f.Name)) work.Push(f);
                    return;
                }
                case IrValueKind.GlobalVariable:
                {
                    var g = v.AsGlobal;
                    if (g.IsDeclaration) { undefined.TryAdd(g.Name, from); return; }
                    if (seenG.Add(g.Name)) gwork.Push(g);
                    return;
                }
                case IrValueKind.GlobalAlias:
                {
                    var (sym, _) = Resolve(v.Name);
                    var target = Defined.TryGetValue(sym, out var tf) ? tf.Value : Globals.TryGetValue(sym, out var tg) ? tg.Value : default;
                    if (target.Handle == 0) { undefined.TryAdd(sym, from); return; }
                    Reference(target, from, asCallee);
                    return;
                }
                case IrValueKind.ConstantExpr or IrValueKind.ConstantStruct or IrValueKind.ConstantArray or IrValueKind.ConstantVector:
                    foreach (var o in v.Operands) Reference(o, from, false);
                    return;
                case IrValueKind.BlockAddress:
                    AddressTakenBlocks.Add(v.BlockAddressTarget.Block.Handle);
                    return;
            }
        }

        while (work.Count > 0 || gwork.Count > 0)
        {
            while (gwork.Count > 0)
            {
                var g = gwork.Pop();
                ReachableGlobals.Add(g);
                if (g.Initializer is { } init) Reference(init, g.Name, false);
            }
            if (work.Count == 0) break;
            var f = work.Pop();
            ReachableFunctions.Add(f);
            var calls = new HashSet<string>(StringComparer.Ordinal);
            callees[f.Name] = calls;
            foreach (var inst in f.Instructions)
            {
                var ops = inst.Operands;
                bool isCall = inst.Opcode == IrOpcode.Call;
                for (int i = 0; i < ops.Count; i++)
                {
                    var o = ops[i];
                    if (o.Kind is IrValueKind.Instruction or IrValueKind.Argument or IrValueKind.ConstantInt or IrValueKind.BasicBlock) continue;
                    bool callee = isCall && i == ops.Count - 1;
                    Reference(o, f.Name, callee);
                    if (callee && o.Kind == IrValueKind.Function && !o.AsFunction.IsDeclaration) calls.Add(o.Name);
                    if (callee && o.Kind == IrValueKind.GlobalAlias && Defined.ContainsKey(Resolve(o.Name).Sym)) calls.Add(Resolve(o.Name).Sym);
                }
                if (isCall && inst.IsIndirectCall) CallsIndirectly.Add(f.Name);
                if (!MayCallRuntime(inst)) continue;
                foreach (var (rt, what) in RuntimeCallees(inst))
                {
                    // Lowered to a call of a runtime function (FunctionLowering.Arith, .Float): part of the call graph.
                    if (!Defined.TryGetValue(rt, out var rf))
                        throw new UserError(IsRuntimeFunction(rt)
                            ? $"function @{f.Name}: {what} needs the runtime function '{rt}', which is not linked into the program"
                            : $"function @{f.Name}: {what} calls the C library function '{rt}', which the program does not define (guest ABI §4: library functions are the program's own)");
                    calls.Add(rt);
                    if (seenF.Add(rt)) work.Push(rf);
                }
            }
        }
        if (undefined.Count > 0)
        {
            var (sym, from) = undefined.First();
            string more = undefined.Count > 1 ? $" (and {undefined.Count - 1} more: {string.Join(", ", undefined.Keys.Skip(1).Take(5))})" : "";
            throw new UserError($"undefined symbol '{sym}' (referenced from @{from}){more}: only the guest ABI functions may be left undefined (guest ABI §1)");
        }
    }

    /// <summary>Tarjan's SCC over the call graph; an indirect call may reach any address-taken function.</summary>
    void FindCycles()
    {
        var names = ReachableFunctions.Select(f => f.Name).ToList();
        IEnumerable<string> Succ(string n)
        {
            foreach (var c in callees[n]) yield return c;
            if (CallsIndirectly.Contains(n)) foreach (var a in AddressTaken) if (callees.ContainsKey(a)) yield return a;
        }
        int index = 0, sccId = 0;
        var idx = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        foreach (var root in names)
        {
            if (idx.ContainsKey(root)) continue;
            // Iterative Tarjan (deep call chains would overflow a recursive one).
            var frames = new Stack<(string Node, IEnumerator<string> It)>();
            idx[root] = low[root] = index++; stack.Push(root); onStack.Add(root);
            frames.Push((root, Succ(root).GetEnumerator()));
            while (frames.Count > 0)
            {
                var (n, it) = frames.Peek();
                if (it.MoveNext())
                {
                    var m = it.Current;
                    if (!idx.ContainsKey(m))
                    {
                        idx[m] = low[m] = index++; stack.Push(m); onStack.Add(m);
                        frames.Push((m, Succ(m).GetEnumerator()));
                    }
                    else if (onStack.Contains(m)) low[n] = Math.Min(low[n], idx[m]);
                    continue;
                }
                frames.Pop();
                if (frames.Count > 0) { var p = frames.Peek().Node; low[p] = Math.Min(low[p], low[n]); }
                if (low[n] == idx[n])
                {
                    var members = new List<string>();
                    string w;
                    do { w = stack.Pop(); onStack.Remove(w); members.Add(w); Scc[w] = sccId; } while (w != n);
                    if (members.Count > 1 || Succ(n).Contains(n)) foreach (var x in members) Recursive.Add(x);
                    sccId++;
                }
            }
        }
    }

    /// <summary>True if a call from <paramref name="caller"/> to <paramref name="callee"/> (null: indirect) may re-enter the caller.</summary>
    public bool MayReenter(string caller, string? callee)
    {
        if (!Recursive.Contains(caller)) return false;
        if (callee is null) return true;
        return Scc.TryGetValue(callee, out var s) && s == Scc[caller];
    }
}
