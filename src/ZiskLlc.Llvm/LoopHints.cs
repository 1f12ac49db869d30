using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// Loop metadata the IR pipeline needs and the C API cannot express as a pass option: every loop
/// whose body calls a function (not an intrinsic) gets <c>llvm.loop.unroll.runtime.disable</c>, so
/// that <see cref="ZiskPipeline"/>'s forced runtime unrolling leaves it alone — the call dominates
/// such a body, and the remainder loop and trip-count checks would cost more steps than the saved
/// loop branches (rvt-towers: a loop around a recursive call). Full and partial unrolling by a
/// constant trip count are unaffected.
/// <para>Loops are found as retreating edges of a depth-first order (back edges in the reducible
/// control flow compilers emit) and their natural bodies (every block that reaches the latch
/// without passing the header).</para>
/// </summary>
static unsafe class LoopHints
{
    public static void DisableRuntimeUnrollAroundCalls(nint context, IrModule module)
    {
        uint kind;
        fixed (byte* k = "llvm.loop"u8) kind = LlvmNative.LLVMGetMDKindIDInContext(context, k, 9);
        nint hint;
        fixed (byte* t = "llvm.loop.unroll.runtime.disable"u8) hint = LlvmNative.LLVMMDStringInContext2(context, t, 32);
        nint hintNode = LlvmNative.LLVMMDNodeInContext2(context, &hint, 1);
        foreach (var f in module.Functions)
        {
            if (f.IsDeclaration) continue;
            var blocks = f.Blocks.ToList();
            var index = new Dictionary<nint, int>();
            for (int k = 0; k < blocks.Count; k++) index[blocks[k].Handle] = k;
            var succ = blocks.Select(b => b.Instructions.Last().Successors.Select(s => index[s.Handle]).ToArray()).ToArray();
            var pred = blocks.Select(_ => new List<int>()).ToArray();
            for (int k = 0; k < blocks.Count; k++) foreach (var s in succ[k]) pred[s].Add(k);
            // Depth-first order from the entry; an edge to a block still on the stack is retreating.
            var state = new byte[blocks.Count];   // 0 new, 1 on stack, 2 done
            var back = new List<(int Latch, int Header)>();
            var stack = new Stack<(int B, int Next)>();
            stack.Push((0, 0)); state[0] = 1;
            while (stack.Count > 0)
            {
                var (b, next) = stack.Pop();
                if (next < succ[b].Length)
                {
                    stack.Push((b, next + 1));
                    int s = succ[b][next];
                    if (state[s] == 1) back.Add((b, s));
                    else if (state[s] == 0) { state[s] = 1; stack.Push((s, 0)); }
                    continue;
                }
                state[b] = 2;
            }
            foreach (var (latch, header) in back)
            {
                var body = new HashSet<int> { header };
                var work = new Stack<int>();
                if (body.Add(latch)) work.Push(latch);
                while (work.Count > 0) foreach (var p in pred[work.Pop()]) if (body.Add(p)) work.Push(p);
                bool calls = body.Any(k => blocks[k].Instructions.Any(i => i.Opcode == IrOpcode.Call && i.InlineAsm is null && i.IntrinsicName is null));
                if (calls) AddHint(context, blocks[latch].Instructions.Last().Handle, kind, hintNode);
            }
        }
    }

    /// <summary>Replaces the terminator's loop ID by a self-referential one holding its old operands and the hint.</summary>
    static void AddHint(nint context, nint terminator, uint kind, nint hintNode)
    {
        var ops = new List<nint>();
        nint old = LlvmNative.LLVMGetMetadata(terminator, kind);
        if (old != 0)
        {
            uint n = LlvmNative.LLVMGetMDNodeNumOperands(old);
            var vals = new nint[n];
            fixed (nint* v = vals) LlvmNative.LLVMGetMDNodeOperands(old, v);
            for (int k = 1; k < n; k++) if (vals[k] != 0) ops.Add(LlvmNative.LLVMValueAsMetadata(vals[k]));
        }
        ops.Add(hintNode);
        nint temp = LlvmNative.LLVMTemporaryMDNode(context, null, 0);
        ops.Insert(0, temp);
        var arr = ops.ToArray();
        nint node;
        fixed (nint* a = arr) node = LlvmNative.LLVMMDNodeInContext2(context, a, (nuint)arr.Length);
        LlvmNative.LLVMMetadataReplaceAllUsesWith(temp, node);
        LlvmNative.LLVMSetMetadata(terminator, kind, LlvmNative.LLVMMetadataAsValue(context, node));
    }
}
