using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Opt;

/// <summary>
/// Pass <c>peephole</c>: rewrites of short instruction chains into fewer steps, on virtual registers.
/// <list type="bullet">
/// <item>Field extract then scale, <c>((x ≫ s) &amp; m) ≪ k</c> — a table index (<c>T[(x ≫ 8) &amp; 255]</c>,
/// the ≪ k being the element size) — becomes <c>(x ≫ (s − k)) &amp; (m ≪ k)</c>, or
/// <c>(x ≪ (k − s)) &amp; (m ≪ k)</c>, or only the <c>&amp;</c> when s = k: bit j of each side is
/// m[j − k] ∧ x[j − k + s], so one or two steps fewer (what LLVM's DAG combiner does for RISC-V).</item>
/// <item>Result straight to memory: <c>v = op a, b; …; copyb v → mem:[X]</c>, v used only by that store,
/// becomes <c>op a, b → mem:[X]</c> (STORE_MEM, §1.4) when nothing in between reads or writes X:
/// <c>G += 1</c> on a global is one step (with <c>fold</c>: <c>add mem:[G], 1 → mem:[G]</c>).</item>
/// </list>
/// <para>Assumes: machine IR before allocation; values are virtual registers.</para>
/// <para>Guarantees: each rewritten value is computed exactly as before; an intermediate value is
/// changed only when its one definition and one use are the chain's own, in one block.</para>
/// </summary>
public static class Peephole
{
    public static void Run(MFunction f)
    {
        var (defs, uses) = UseDef.Count(f);
        bool Private(Operand o) => o.IsVReg && defs[o.VRegId] == 1 && uses[o.VRegId] == 1;

        foreach (var b in f.Blocks)
        {
            // The defining instruction of each private value seen so far in this block.
            var def = new Dictionary<int, int>();
            for (int k = 0; k < b.Insts.Count; k++)
            {
                var i = b.Insts[k];
                if (i.Kind == MKind.Op && i.Op == Opcode.Sll && i.B.IsConst && i.B.Value < 64 && i.D.IsVReg
                    && Private(i.A) && def.TryGetValue(i.A.VRegId, out int ak)
                    && b.Insts[ak] is { Op: Opcode.And, B.IsConst: true } and && Private(and.A) && and.A != and.D
                    && def.TryGetValue(and.A.VRegId, out int sk) && b.Insts[sk] is { Op: Opcode.Srl, B.IsConst: true } srl && srl.B.Value < 64
                    && defs[i.D.VRegId] == 1 && !Touches(b, ak + 1, k, i.D) && !(srl.B.Value == i.B.Value && Touches(b, sk + 1, ak, srl.A)))
                {
                    int s = (int)srl.B.Value, sh = (int)i.B.Value;
                    and.B = Operand.Imm(and.B.Value << sh);
                    and.D = i.D;
                    if (s == sh) { and.A = srl.A; b.Insts.RemoveAt(sk); ak--; k--; }
                    else if (s > sh) srl.B = Operand.Imm((ulong)(s - sh));
                    else { srl.Op = Opcode.Sll; srl.B = Operand.Imm((ulong)(sh - s)); }
                    b.Insts.RemoveAt(k);
                    k--;
                    // Positions after the removed ones moved down; rebuild the map for this block.
                    def.Clear();
                    for (int q = 0; q <= k; q++) if (b.Insts[q].Kind == MKind.Op && b.Insts[q].D.IsVReg) def[b.Insts[q].D.VRegId] = q;
                    continue;
                }
                if (i.Kind == MKind.Op && i.Op == Opcode.CopyB && i.A.IsConst && i.A.Value == 0 && i.D.Kind == OpKind.Mem
                    && Private(i.B) && def.TryGetValue(i.B.VRegId, out int dk) && Words.IsAlu(b.Insts[dk]) && Untouched(b, dk + 1, k, i.D))
                {
                    b.Insts[dk].D = i.D;
                    b.Insts.RemoveAt(k);
                    k--;
                    continue;
                }
                if (i.Kind == MKind.Op && i.D.IsVReg) def[i.D.VRegId] = k;
            }
        }
    }

    /// <summary>True if nothing in [from, to) may read or write the 8 bytes at <paramref name="x"/> (an
    /// absolute word): only ALU steps whose memory operands and destination are other absolute words.</summary>
    static bool Untouched(MBlock b, int from, int to, Operand x)
    {
        for (int k = from; k < to; k++)
        {
            var i = b.Insts[k];
            if (!Words.IsAlu(i)) return false;
            foreach (var o in new[] { i.A, i.B, i.D })
                if (o.Kind == OpKind.Ind || (o.Kind == OpKind.Mem && Words.MayOverlap(o, x))) return false;
        }
        return true;
    }

    /// <summary>Whether an instruction in [from, to) reads or writes <paramref name="o"/> (anything but a plain op counts).</summary>
    static bool Touches(MBlock b, int from, int to, Operand o)
    {
        if (!o.IsVReg) return false;
        for (int k = from; k < to; k++)
        {
            var i = b.Insts[k];
            if (i.Kind != MKind.Op || i.A == o || i.B == o || i.D == o) return true;
        }
        return false;
    }
}
