using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// Loop metadata the IR pipeline needs and the C API cannot express as a pass option, and the
/// loop-ID helpers <see cref="UnrollRounds"/> shares: every loop whose body calls a function (not an
/// intrinsic) gets <c>llvm.loop.unroll.runtime.disable</c>, so that <see cref="ZiskPipeline"/>'s forced
/// runtime unrolling leaves it alone — the call dominates such a body, and the remainder loop and
/// trip-count checks would cost more steps than the saved loop branches (rvt-towers: a loop around a
/// recursive call). Full and partial unrolling by a constant trip count are unaffected.
/// <para>Assumes: loops as <see cref="NaturalLoops"/> finds them. Guarantees: a hint is added to
/// every latch of a loop (LLVM keeps a loop ID only where all latches agree) and the loop ID keeps
/// its other operands.</para>
/// </summary>
static unsafe class LoopHints
{
    public static void DisableRuntimeUnrollAroundCalls(nint context, IrModule module)
    {
        uint kind = LoopKind(context);
        nint hintNode = Hint(context, "llvm.loop.unroll.runtime.disable");
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            var (blocks, loops) = NaturalLoops.Find(f);
            foreach (var loop in loops)
            {
                bool calls = loop.Body.Any(k => blocks[k].Instructions.Any(i => i.Opcode == IrOpcode.Call && i.InlineAsm is null && i.IntrinsicName is null));
                if (calls) foreach (var latch in loop.Latches) AddHint(context, blocks[latch].Terminator.Handle, kind, hintNode);
            }
        }
    }

    /// <summary>The metadata kind of loop IDs (<c>llvm.loop</c>).</summary>
    internal static uint LoopKind(nint context)
    {
        fixed (byte* k = "llvm.loop"u8) return LlvmNative.LLVMGetMDKindIDInContext(context, k, 9);
    }

    /// <summary>A hint node <c>!{!"name", !"extra"…}</c>.</summary>
    internal static nint Hint(nint context, params string[] strings)
    {
        var ops = new nint[strings.Length];
        for (int k = 0; k < strings.Length; k++)
        {
            var b = System.Text.Encoding.UTF8.GetBytes(strings[k]);
            fixed (byte* t = b) ops[k] = LlvmNative.LLVMMDStringInContext2(context, t, (nuint)b.Length);
        }
        fixed (nint* o = ops) return LlvmNative.LLVMMDNodeInContext2(context, o, (nuint)ops.Length);
    }

    /// <summary>The loop ID on <paramref name="terminator"/> (0: none): the copies of a loop that an enclosing
    /// loop's unrolling made share it (LLVM's unroller clones blocks without remapping their metadata).</summary>
    internal static nint LoopId(nint terminator, uint kind) => LlvmNative.LLVMGetMetadata(terminator, kind);

    /// <summary>The hints of the loop ID on <paramref name="terminator"/> (operands 1…, as values; none without an ID).</summary>
    static nint[] HintValues(nint terminator, uint kind)
    {
        nint id = LlvmNative.LLVMGetMetadata(terminator, kind);
        if (id == 0) return [];
        uint n = LlvmNative.LLVMGetMDNodeNumOperands(id);
        var vals = new nint[n];
        fixed (nint* v = vals) LlvmNative.LLVMGetMDNodeOperands(id, v);
        return vals.Length > 1 ? vals[1..] : [];
    }

    /// <summary>The strings of a hint node value (empty for a hint that is not a node of strings, e.g. a DILocation).</summary>
    static List<string> HintStrings(nint hint)
    {
        var r = new List<string>();
        if (hint == 0 || Str(hint) is not null) return r;   // an MDString itself, not a node
        uint n = LlvmNative.LLVMGetMDNodeNumOperands(hint);
        var ops = new nint[n];
        fixed (nint* o = ops) LlvmNative.LLVMGetMDNodeOperands(hint, o);
        foreach (var o in ops) { if (Str(o) is { } s) r.Add(s); else break; }
        return r;
    }

    static string? Str(nint value)
    {
        if (value == 0) return null;
        uint len;
        byte* s = LlvmNative.LLVMGetMDString(value, &len);
        return s == null ? null : System.Text.Encoding.UTF8.GetString(s, (int)len);
    }

    /// <summary>True if the loop ID on <paramref name="terminator"/> has a hint named <paramref name="name"/>.</summary>
    internal static bool HasHint(nint terminator, uint kind, string name)
    {
        foreach (var h in HintValues(terminator, kind))
            if (HintStrings(h) is [var first, ..] && first == name) return true;
        return false;
    }

    /// <summary>Removes from the loop ID on <paramref name="terminator"/> every hint named one of <paramref name="names"/>.</summary>
    internal static void RemoveHints(nint context, nint terminator, uint kind, params string[] names)
    {
        var keep = new List<nint>();
        bool removed = false;
        foreach (var h in HintValues(terminator, kind))
        {
            if (HintStrings(h) is [var first, ..] && names.Contains(first)) removed = true;
            else if (h != 0) keep.Add(h);
        }
        if (removed) SetLoopId(context, terminator, kind, keep.Select(v => LlvmNative.LLVMValueAsMetadata(v)).ToList());
    }

    /// <summary>Replaces the terminator's loop ID by a self-referential one holding its old operands and the hint.</summary>
    internal static void AddHint(nint context, nint terminator, uint kind, nint hintNode)
    {
        var ops = HintValues(terminator, kind).Where(v => v != 0).Select(v => LlvmNative.LLVMValueAsMetadata(v)).ToList();
        ops.Add(hintNode);
        SetLoopId(context, terminator, kind, ops);
    }

    static void SetLoopId(nint context, nint terminator, uint kind, List<nint> hints)
    {
        nint temp = LlvmNative.LLVMTemporaryMDNode(context, null, 0);
        var arr = new nint[hints.Count + 1];
        arr[0] = temp;
        hints.CopyTo(arr, 1);
        nint node;
        fixed (nint* a = arr) node = LlvmNative.LLVMMDNodeInContext2(context, a, (nuint)arr.Length);
        LlvmNative.LLVMMetadataReplaceAllUsesWith(temp, node);
        LlvmNative.LLVMSetMetadata(terminator, kind, LlvmNative.LLVMMetadataAsValue(context, node));
    }
}
