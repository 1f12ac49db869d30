using ZiskLlc.Codegen.Mir;

namespace ZiskLlc.Codegen.Opt;

/// <summary>
/// Pass <c>taildup</c>: a small block that ends in an indirect jump (directly, or through an empty block
/// holding the jump) is copied into every predecessor that jumps to it unconditionally.
/// <para>A computed-goto interpreter after LLVM's -O2 has one dispatch block: every handler jumps to it,
/// it loads the next opcode and its handler's address, and jumps there. Merging the handlers into one
/// block made LLVM put the interpreter's state in phis there, so every handler copies its state into
/// the merge and the dispatch block copies it on — and a shared indirect jump cannot go to the handlers'
/// own phi copies. With the dispatch copied into each handler (what llc's tail duplication does for
/// indirectbr), each handler jumps on by itself and the allocator can coalesce the state across the
/// copies. ZisK code size costs no steps (§9.4), so the copies are free.</para>
/// <para>Assumes: machine IR before allocation (virtual registers may have several definitions: phis are
/// copies already).</para>
/// <para>Guarantees: each rewritten predecessor executes the same instructions in the same order as
/// before, ending in the same indirect jump; a dispatch block left without predecessors is removed
/// unless its address is taken.</para>
/// </summary>
public static class TailDuplication
{
    /// <summary>Instructions a dispatch block may have to be copied (an interpreter's is about five).</summary>
    const int MaxInsts = 12;

    public static void Run(MFunction f)
    {
        var preds = f.Predecessors();
        var removed = new HashSet<MBlock>();
        foreach (var d in f.Blocks.ToList())
        {
            if (d.AddressTaken || d == f.Blocks[0] || d.Insts.Count > MaxInsts || d.Insts.Any(i => i.Kind != MKind.Op)) continue;
            var jump = d.Term.Kind == TermKind.IndirectJmp ? d.Term
                : d.Term is { Kind: TermKind.Jmp, T: { } j } && j != d && j.Insts.Count == 0 && j.Term.Kind == TermKind.IndirectJmp ? j.Term
                : null;
            if (jump is null) continue;
            int left = preds[d].Count;
            foreach (var p in preds[d])
            {
                if (p == d || p.Term.Kind != TermKind.Jmp || p.Term.T != d) continue;
                foreach (var i in d.Insts) p.Insts.Add(MInst.Make(i.Op, i.A, i.B, i.D, i.Extra));
                p.Term = new MTerm { Kind = TermKind.IndirectJmp, A = jump.A, Targets = jump.Targets };
                left--;
            }
            if (left == 0) removed.Add(d);
        }
        f.Blocks.RemoveAll(removed.Contains); // the allocator renumbers the blocks
    }
}
