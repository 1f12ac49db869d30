using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Opt;

/// <summary>
/// Pass <c>fold</c>: load + operate in one step on absolute addresses. A load of an aligned 8-byte
/// word at an absolute address (a global, a static frame's local: <c>copyb 0, mem:[X] → v</c>) whose
/// value is read only later in the same block or in the blocks entered only from it (its extended
/// basic block: a branch on the value and the code on either side), with nothing on the way that
/// may write [X, X+8), disappears: its users read <c>mem:[X]</c> themselves, since every operand position takes SRC_MEM
/// (spec §1.3, §9.4). One step (68) saved for at most <see cref="MaxUses"/> − 1 extra aligned reads
/// (16 each, §8.4); the value no longer needs a register.
/// <para>Assumes: machine IR from <c>lower</c> (virtual registers, before allocation).</para>
/// <para>Guarantees: every user reads the same bytes the load read — the word is not written between
/// the load and any user on its path (no store that may overlap it, no call, no DMA or precompile);
/// the folded value had one definition and no use outside those paths. ZisK memory reads
/// have no side effects, so reading a volatile word again or one step later is unobservable.</para>
/// </summary>
public static class LoadFolding
{
    /// <summary>Most users a folded load may have: each reads memory again (16 per read against 68 per step).</summary>
    public const int MaxUses = 4;

    public static void Run(MFunction f)
    {
        var (defs, uses) = UseDef.Count(f);
        var preds = f.Predecessors();

        foreach (var b in f.Blocks)
            for (int k = 0; k < b.Insts.Count; k++)
            {
                var load = b.Insts[k];
                if (!IsAbsoluteLoad(load) || defs[load.D.VRegId] != 1) continue;
                int v = load.D.VRegId;
                if (uses[v] == 0 || uses[v] > MaxUses) continue;
                if (Fold(preds, b, k, v, load.B, uses[v])) { b.Insts.RemoveAt(k); k--; }
            }
    }

    static bool IsAbsoluteLoad(MInst i) =>
        i.Kind == MKind.Op && i.Op == Opcode.CopyB && i.A.IsConst && i.A.Value == 0 && i.B.Kind == OpKind.Mem && i.D.IsVReg;

    /// <summary>How far past its own block a load is followed: blocks entered only from the one before.</summary>
    const int MaxDepth = 4;

    /// <summary>Rewrites the <paramref name="count"/> uses of <paramref name="v"/> after position
    /// <paramref name="at"/> to <paramref name="word"/> if they all lie in this block, or in blocks whose only
    /// predecessor is this block (or such a block, up to <see cref="MaxDepth"/> deep: an extended basic
    /// block, where every path from the load is a straight line), each before anything on its path that
    /// may write the word; otherwise changes nothing.</summary>
    static bool Fold(Dictionary<MBlock, List<MBlock>> preds, MBlock b, int at, int v, Operand word, int count)
    {
        var sites = new List<MInst>();
        var terms = new List<MTerm>();
        var seen = new HashSet<MBlock> { b };
        int found = 0;
        bool Is(Operand o) => o.IsVReg && o.VRegId == v;

        // False if a use is found after something that may write the word (on its path), or the value is redefined.
        bool Walk(MBlock blk, int from, int depth)
        {
            bool clean = true;
            for (int k = from; k < blk.Insts.Count; k++)
            {
                var i = blk.Insts[k];
                int here = UsesOf(i, v);
                if (here > 0)
                {
                    if (i.Kind != MKind.Op || !clean) return false;   // call arguments: leave them to the moves
                    sites.Add(i);
                    found += here;
                }
                if (MayWrite(i, word)) clean = false;
                if (Is(i.D)) return false;
            }
            var t = blk.Term;
            if (Is(t.A) || Is(t.B))
            {
                if (t.Kind != TermKind.Br || !clean) return false;
                terms.Add(t);
                found += (Is(t.A) ? 1 : 0) + (Is(t.B) ? 1 : 0);
            }
            if (!clean || found == count || depth >= MaxDepth || t.Kind is not (TermKind.Br or TermKind.Jmp)) return true;
            foreach (var s in t.Successors.Distinct().ToList())
                if (preds[s].Count == 1 && seen.Add(s) && !Walk(s, 0, depth + 1)) return false;
            return true;
        }

        if (!Walk(b, at + 1, 0) || found != count) return false;
        foreach (var i in sites)
        {
            if (Is(i.A)) i.A = word;
            if (Is(i.B)) i.B = word;
        }
        foreach (var t in terms)
        {
            if (Is(t.A)) t.A = word;
            if (Is(t.B)) t.B = word;
        }
        return true;
    }

    static int UsesOf(MInst i, int v)
    {
        static bool Is(Operand o, int v) => o.IsVReg && o.VRegId == v;
        if (i.Kind == MKind.Op) return (Is(i.A, v) ? 1 : 0) + (Is(i.B, v) ? 1 : 0);
        if (i.Kind == MKind.Call) return (Is(i.Callee, v) ? 1 : 0) + i.Args.Count(a => Is(a, v));
        return 0;
    }

    /// <summary>True unless <paramref name="i"/> certainly leaves the 8 bytes at <paramref name="word"/> alone.</summary>
    static bool MayWrite(MInst i, Operand word) =>
        !Words.IsAlu(i) || i.D.Kind == OpKind.Ind || (i.D.Kind == OpKind.Mem && Words.MayOverlap(i.D, word));
}
