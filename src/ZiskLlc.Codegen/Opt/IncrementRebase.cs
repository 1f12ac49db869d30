using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Opt;

/// <summary>
/// Pass <c>rebase</c>: after an induction step <c>d = add v, c</c>, later reads of <c>v</c> read <c>d</c>
/// instead, with <c>c</c> taken off their displacement, so that <c>v</c> dies at the step.
/// <para>A loop <c>while (a[i] &lt; x) i++</c> lowers to <c>d = add v, 4; t = load [v]; br …</c> with the
/// back edge copying <c>v = d</c>. The load keeps <c>v</c> alive past the step, so <c>v</c> and <c>d</c>
/// interfere, coalescing cannot merge them and the copy costs a step on every iteration. Read as
/// <c>load [d − 4]</c> (an indirect operand takes any 64-bit displacement, §1.3) the load no longer
/// needs <c>v</c>; a read of <c>v</c> on a loop exit edge becomes <c>add d, −c</c> (a copy there was a
/// step too). Then <c>v</c> and <c>d</c> share a location and the back-edge copy disappears — what
/// RISC-V gets from post-increment scheduling, for free here.</para>
/// <para>Rewritten reads (after the step in its block, or in a block whose only predecessor is that
/// block, before any redefinition of <c>v</c> there): the base of an indirect load or store (its
/// displacement − c), <c>add v, k</c> (→ <c>add d, k − c</c>), and on an exit edge a copy of <c>v</c>
/// (→ <c>add d, −c</c>). Any other read of <c>v</c> anywhere leaves the step alone, and so does a
/// step whose <c>v</c> is never copied from <c>d</c> (nothing to gain).</para>
/// <para>Assumes: machine IR before allocation (virtual registers; <c>d</c> defined once).</para>
/// <para>Guarantees: every rewritten read yields the value it read before (<c>v</c> is not redefined
/// between the step and the read, and <c>d − c = v</c> in 64-bit arithmetic).</para>
/// </summary>
public static class IncrementRebase
{
    public static void Run(MFunction f)
    {
        var (defs, _) = UseDef.Count(f);
        var preds = f.Predecessors();
        // Where each virtual register is read (block, instruction index; −1 = the terminator).
        var reads = new Dictionary<int, List<(MBlock B, int K)>>();
        var copiedFrom = new HashSet<(int V, int D)>();
        var tmp = new List<int>();
        foreach (var b in f.Blocks)
        {
            for (int k = 0; k < b.Insts.Count; k++)
            {
                var i = b.Insts[k];
                if (i.IsCopy) copiedFrom.Add((i.D.VRegId, i.B.VRegId));
                tmp.Clear(); UseDef.Uses(i, tmp);
                for (int n = 0; n < tmp.Count; n++) if (tmp.IndexOf(tmp[n]) == n) Reads(reads, tmp[n]).Add((b, k));
            }
            tmp.Clear(); UseDef.Uses(b.Term, f, tmp);
            for (int n = 0; n < tmp.Count; n++) if (tmp.IndexOf(tmp[n]) == n) Reads(reads, tmp[n]).Add((b, -1));
        }

        foreach (var b in f.Blocks)
            for (int k = 0; k < b.Insts.Count; k++)
            {
                var step = b.Insts[k];
                if (step.Kind != MKind.Op || step.Op != Opcode.Add || !step.D.IsVReg || defs[step.D.VRegId] != 1) continue;
                var (v, c) = step.A.IsVReg && step.B.IsConst ? (step.A, step.B.Signed) : step.B.IsVReg && step.A.IsConst ? (step.B, step.A.Signed) : (Operand.None, 0);
                if (!v.IsVReg || v == step.D || !copiedFrom.Contains((v.VRegId, step.D.VRegId))) continue;
                if (!reads.TryGetValue(v.VRegId, out var rs)) continue;
                var plan = new List<(MBlock B, int K)>();
                bool ok = true;
                foreach (var (rb, rk) in rs)
                {
                    if (rb == b && rk >= 0 && rk <= k) continue;           // before (or at) the step: unchanged
                    bool after = rb == b ? rk > k && !UseDef.DefinedIn(b, k + 1, rk, v)
                        : preds[rb] is [var only] && only == b && rb != b && rk >= 0 && !UseDef.DefinedIn(rb, 0, rk, v) && !UseDef.DefinedIn(b, k + 1, b.Insts.Count, v);
                    if (!after || !Rewritable(rb.Insts[rk], v, exitEdge: rb != b)) { ok = false; break; }
                    plan.Add((rb, rk));
                }
                if (!ok || plan.Count == 0) continue;
                foreach (var (rb, rk) in plan) Rewrite(rb.Insts[rk], v, step.D, c);
            }
    }

    static List<(MBlock, int)> Reads(Dictionary<int, List<(MBlock, int)>> reads, int v)
    {
        if (!reads.TryGetValue(v, out var l)) reads[v] = l = [];
        return l;
    }

    /// <summary>Whether <paramref name="i"/> reads <paramref name="v"/> only where <see cref="Rewrite"/> can put d − c.</summary>
    static bool Rewritable(MInst i, Operand v, bool exitEdge)
    {
        if (i.Kind != MKind.Op) return false;
        if (i.A == v && i.B != v && i.D != v && (i.B.Kind == OpKind.Ind || i.D.Kind == OpKind.Ind)) return true;
        if (i.Op == Opcode.Add && i.A == v && i.B.IsConst && i.D.IsVReg) return true;
        return exitEdge && i.IsCopy && i.B == v;
    }

    static void Rewrite(MInst i, Operand v, Operand d, long c)
    {
        if (i.IsCopy && i.B == v) { i.Op = Opcode.Add; i.A = d; i.B = Operand.Imm(-c); return; }
        if (i.Op == Opcode.Add && i.A == v && i.B.IsConst) { i.A = d; i.B = Operand.Imm(i.B.Signed - c); return; }
        i.A = d;
        if (i.B.Kind == OpKind.Ind) i.B = i.B with { Value = (ulong)((long)i.B.Value - c) };
        if (i.D.Kind == OpKind.Ind) i.D = i.D with { Value = (ulong)((long)i.D.Value - c) };
    }
}
