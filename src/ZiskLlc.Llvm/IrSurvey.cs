namespace ZiskLlc.Llvm;

/// <summary>A function's shape, for <c>ir-info</c>.</summary>
public sealed record IrFunctionSummary(string Name, int Parameters, int Blocks, int Instructions, bool IsVarArg);

/// <summary>
/// An IR construct the backend does not support yet, with where it is: function, block,
/// instruction text and (when the instruction has <c>!dbg</c>) the source position.
/// </summary>
public sealed record UnsupportedConstruct(string Kind, string Function, string Block, string Instruction, IrDebugLocation? Location)
{
    /// <summary>"kind: @f, block b: `insn` (file:line:col)".</summary>
    public override string ToString()
    {
        var where = Block.Length > 0 ? $"@{Function}, block {Block}" : Function.Length > 0 ? $"@{Function}" : "module";
        return $"{Kind}: {where}: `{Instruction}`{(Location is { } l ? $" ({l})" : "")}";
    }
}

/// <summary>The contents of a module as <c>ir-info</c> shows them.</summary>
public sealed record IrSurveyResult(
    string Triple,
    string DataLayout,
    IReadOnlyList<IrFunctionSummary> Functions,
    IReadOnlyList<string> DeclaredFunctions,
    IReadOnlyDictionary<string, int> InstructionHistogram,
    IReadOnlyDictionary<string, int> IntrinsicHistogram,
    IReadOnlyList<string> UndefinedSymbols,
    IReadOnlyList<UnsupportedConstruct> Unsupported);

/// <summary>
/// Surveys a module: functions, instruction and intrinsic histograms, undefined symbols, and the
/// constructs the future backend rejects. The unsupported list (documented in
/// docs/llvm-interop.md and in <c>ir-info --help</c>): floating-point types other than float and double; vector
/// types or operations; atomics that survived the lowering pipeline; <c>indirectbr</c>;
/// <c>callbr</c>; exception handling (<c>invoke</c>, <c>landingpad</c>, <c>resume</c>, funclet
/// pads); non-empty inline asm; calls of external variadic functions; global initialisers that
/// cannot be laid out as bytes + relocations.
/// </summary>
public static class IrSurvey
{
    /// <summary>The kinds <see cref="UnsupportedConstruct.Kind"/> takes, in the order documented.</summary>
    public static readonly IReadOnlyList<string> UnsupportedKinds =
    [
        "floating point", "vector", "atomic", "indirectbr", "callbr", "exception handling",
        "inline asm", "external varargs call", "global initialiser",
    ];

    /// <summary>Surveys <paramref name="module"/>.</summary>
    public static IrSurveyResult Survey(IrModule module)
    {
        var functions = new List<IrFunctionSummary>();
        var declared = new List<string>();
        var insns = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var intrinsics = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unsupported = new List<UnsupportedConstruct>();
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) { declared.Add(f.Name); continue; }
            int blocks = 0, count = 0;
            if (f.FunctionType.Contains(IsFloat))
                unsupported.Add(new("floating point", f.Name, "", $"define {f.FunctionType}", null));
            else if (f.FunctionType.Contains(IsVector))
                unsupported.Add(new("vector", f.Name, "", $"define {f.FunctionType}", null));
            foreach (var b in f.Blocks)
            {
                blocks++;
                foreach (var i in b.Instructions)
                {
                    count++;
                    var op = i.Opcode;
                    Bump(insns, OpcodeName(op));
                    if (i.IntrinsicFamily is { } fam) Bump(intrinsics, fam);
                    if (Check(i, op) is { } kind)
                        unsupported.Add(new(kind, f.Name, b.Label, i.ToString(), i.DebugLocation));
                }
            }
            functions.Add(new IrFunctionSummary(f.Name, f.Parameters.Count, blocks, count, f.IsVarArg));
        }
        var layout = module.Layout;
        foreach (var g in module.Globals)
        {
            if (g.IsDeclaration) continue;
            try { GlobalInitializer.Encode(g, layout); }
            catch (ZiskLlc.Isa.UserError e) { unsupported.Add(new("global initialiser", "", "", e.Message, null)); }
        }
        return new IrSurveyResult(module.Triple, module.DataLayoutString, functions, declared, insns, intrinsics,
                                  module.UndefinedSymbols, unsupported);
    }

    /// <summary>The unsupported-construct kind of one instruction, or null when the backend will take it.</summary>
    public static string? Check(IrInstruction i, IrOpcode op)
    {
        switch (op)
        {
            case IrOpcode.IndirectBr: return "indirectbr";
            case IrOpcode.CallBr: return "callbr";
            case IrOpcode.Invoke or IrOpcode.LandingPad or IrOpcode.Resume or IrOpcode.CatchPad or IrOpcode.CatchRet
                or IrOpcode.CatchSwitch or IrOpcode.CleanupPad or IrOpcode.CleanupRet:
                return "exception handling";
            case IrOpcode.Fence or IrOpcode.AtomicRMW or IrOpcode.AtomicCmpXchg: return "atomic";
            case IrOpcode.ExtractElement or IrOpcode.InsertElement or IrOpcode.ShuffleVector: return "vector";
        }
        if (op is IrOpcode.Load or IrOpcode.Store && i.IsAtomic) return "atomic";
        // Types: the result and every operand (a call's callee type covers its signature).
        if (HasType(i, IsFloat)) return "floating point";
        if (HasType(i, IsVector)) return "vector";
        if (op == IrOpcode.Call)
        {
            if (i.InlineAsm is { IsEmpty: false }) return "inline asm";
            if (i.DirectCallee is { IsDeclaration: true, IsIntrinsic: false } && i.CalledFunctionType.IsVarArg) return "external varargs call";
        }
        return null;
    }

    static bool HasType(IrInstruction i, Func<IrType, bool> test)
    {
        if (i.Type.Contains(test)) return true;
        foreach (var o in i.Operands)
        {
            var k = o.Kind;
            if (k is IrValueKind.BasicBlock or IrValueKind.MetadataAsValue) continue;
            // A direct callee's function type is covered by the call's arguments and result.
            if (k == IrValueKind.Function) continue;
            if (o.Type.Contains(test)) return true;
        }
        return false;
    }

    /// <summary>float and double are computed in soft float (runtime/riscv/softfloat.c); the other
    /// floating-point types (half, bfloat, fp128 — C's long double on riscv64 —, x86_fp80, ppc_fp128) are not.</summary>
    static bool IsFloat(IrType t) => t.IsFloatingPoint && t.Kind is not (IrTypeKind.Float or IrTypeKind.Double);
    static bool IsVector(IrType t) => t.IsVector;

    /// <summary>The IR keyword of an opcode (as in the .ll text: "getelementptr", "phi", "atomicrmw", …).</summary>
    public static string OpcodeName(IrOpcode op) => op switch
    {
        IrOpcode.GetElementPtr => "getelementptr", IrOpcode.AtomicCmpXchg => "cmpxchg", IrOpcode.AtomicRMW => "atomicrmw",
        IrOpcode.VAArg => "va_arg", IrOpcode.LandingPad => "landingpad", IrOpcode.PtrToAddr => "ptrtoaddr",
        _ => op.ToString().ToLowerInvariant(),
    };

    static void Bump(SortedDictionary<string, int> d, string k) => d[k] = d.GetValueOrDefault(k) + 1;
}
