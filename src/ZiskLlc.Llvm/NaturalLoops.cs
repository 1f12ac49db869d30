namespace ZiskLlc.Llvm;

/// <summary>One natural loop of a function: its header, its latches (the blocks with an edge back to
/// the header) and its body (indices into the block list it was found in).</summary>
internal sealed record NaturalLoop(int Header, List<int> Latches, HashSet<int> Body)
{
    /// <summary>True if <paramref name="inner"/> is a different loop nested in this one.</summary>
    public bool Contains(NaturalLoop inner) => !ReferenceEquals(inner, this) && Body.Contains(inner.Header) && Body.IsSupersetOf(inner.Body);
}

/// <summary>
/// Finds the natural loops of a function on the IR as LLVM holds it (the IR pipeline's helper, run
/// between passes). Loops are found as retreating edges of a depth-first order (back edges in the
/// reducible control flow compilers emit) and their natural bodies (every block that reaches a latch
/// without passing the header); back edges to one header make one loop, as LLVM's LoopInfo counts
/// them. Assumes: the function has a body and every block a terminator. Guarantees: loops in
/// discovery order, each body containing its header and latches.
/// </summary>
internal static class NaturalLoops
{
    public static (List<IrBlock> Blocks, List<NaturalLoop> Loops) Find(IrFunction f)
    {
        var blocks = f.Blocks.ToList();
        var index = new Dictionary<nint, int>();
        for (int k = 0; k < blocks.Count; k++) index[blocks[k].Handle] = k;
        var succ = blocks.Select(b => b.Terminator.Successors.Select(s => index[s.Handle]).ToArray()).ToArray();
        var pred = blocks.Select(_ => new List<int>()).ToArray();
        for (int k = 0; k < blocks.Count; k++) foreach (var s in succ[k]) pred[s].Add(k);
        // Depth-first order from the entry; an edge to a block still on the stack is retreating.
        var state = new byte[blocks.Count];   // 0 new, 1 on stack, 2 done
        var byHeader = new Dictionary<int, NaturalLoop>();
        var loops = new List<NaturalLoop>();
        var stack = new Stack<(int B, int Next)>();
        stack.Push((0, 0)); state[0] = 1;
        while (stack.Count > 0)
        {
            var (b, next) = stack.Pop();
            if (next < succ[b].Length)
            {
                stack.Push((b, next + 1));
                int s = succ[b][next];
                if (state[s] == 1)
                {
                    if (!byHeader.TryGetValue(s, out var loop)) { byHeader[s] = loop = new NaturalLoop(s, [], [s]); loops.Add(loop); }
                    loop.Latches.Add(b);
                }
                else if (state[s] == 0) { state[s] = 1; stack.Push((s, 0)); }
                continue;
            }
            state[b] = 2;
        }
        foreach (var loop in loops)
        {
            var work = new Stack<int>();
            foreach (var latch in loop.Latches) if (loop.Body.Add(latch)) work.Push(latch);
            while (work.Count > 0) foreach (var p in pred[work.Pop()]) if (loop.Body.Add(p)) work.Push(p);
        }
        return (blocks, loops);
    }
}
