using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Opt;

/// <summary>
/// Pass <c>fold</c>: load + operate in one step on absolute addresses. A load of an aligned 8-byte
/// word at an absolute address (a global, a static frame's local: <c>copyb 0, mem:[X] → v</c>) whose
/// value is read only later in the same block, with nothing in between that may write [X, X+8),
/// disappears: its users read <c>mem:[X]</c> themselves, since every operand position takes SRC_MEM
/// (spec §1.3, §9.4). One step (68) saved for at most <see cref="MaxUses"/> − 1 extra aligned reads
/// (16 each, §8.4); the value no longer needs a register.
/// <para>Assumes: machine IR from <c>lower</c> (virtual registers, before allocation).</para>
/// <para>Guarantees: every user reads the same bytes the load read — the word is not written between
/// the load and the last user (no store that may overlap it, no call, no DMA or precompile); the
/// folded value had one definition and no use outside that stretch of its block. ZisK memory reads
/// have no side effects, so reading a volatile word again or one step later is unobservable.</para>
/// </summary>
public static class LoadFolding
{
    /// <summary>Most users a folded load may have: each reads memory again (16 per read against 68 per step).</summary>
    public const int MaxUses = 4;

    public static void Run(MFunction f)
    {
        var (defs, uses) = UseDef.Count(f);

        foreach (var b in f.Blocks)
            for (int k = 0; k < b.Insts.Count; k++)
            {
                var load = b.Insts[k];
                if (!IsAbsoluteLoad(load) || defs[load.D.VRegId] != 1) continue;
                int v = load.D.VRegId;
                if (uses[v] == 0 || uses[v] > MaxUses) continue;
                if (Fold(b, k, v, load.B, uses[v])) { b.Insts.RemoveAt(k); k--; }
            }
    }

    static bool IsAbsoluteLoad(MInst i) =>
        i.Kind == MKind.Op && i.Op == Opcode.CopyB && i.A.IsConst && i.A.Value == 0 && i.B.Kind == OpKind.Mem && i.D.IsVReg;

    /// <summary>Rewrites the <paramref name="count"/> uses of <paramref name="v"/> after position
    /// <paramref name="at"/> to <paramref name="word"/> if they all lie in this block before anything
    /// that may write the word; otherwise changes nothing.</summary>
    static bool Fold(MBlock b, int at, int v, Operand word, int count)
    {
        var sites = new List<MInst>();
        int found = 0;
        for (int k = at + 1; k < b.Insts.Count && found < count; k++)
        {
            var i = b.Insts[k];
            int here = UsesOf(i, v);
            if (here > 0)
            {
                if (i.Kind != MKind.Op) return false;   // call arguments: leave them to the moves
                sites.Add(i);
                found += here;
            }
            if (found < count && MayWrite(i, word)) return false;
            if (i.D.IsVReg && i.D.VRegId == v) return false;
        }
        if (found < count)
        {
            var t = b.Term;
            if (t.Kind != TermKind.Br) return false;
            found += (t.A.IsVReg && t.A.VRegId == v ? 1 : 0) + (t.B.IsVReg && t.B.VRegId == v ? 1 : 0);
            if (found != count) return false;
            if (t.A.IsVReg && t.A.VRegId == v) t.A = word;
            if (t.B.IsVReg && t.B.VRegId == v) t.B = word;
        }
        foreach (var i in sites)
        {
            if (i.A.IsVReg && i.A.VRegId == v) i.A = word;
            if (i.B.IsVReg && i.B.VRegId == v) i.B = word;
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
