using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;

namespace ZiskLlc.Codegen.Opt;

/// <summary>
/// Pass <c>seladdr</c>: work on a select's value is done in the select's arms. An access through a
/// select of two addresses, <c>(c ? A : B)[x + y]</c>, is done in the arms with the address in the
/// displacement; an operation that is the select's one reader, <c>x − (c ? m : 0)</c>, is computed in
/// each arm with that arm's value instead of copying it (one step less on either path).
/// <para><c>lower</c> turns the select into a branch whose arms copy A or B into a register; the
/// join adds the offsets to it and accesses memory there:</para>
/// <code>
///   P:  br c ? T : F          T: r = copyb A          F: r = copyb B
///   J:  t = add r, x;  u = add t, y;  v = load [u]
/// </code>
/// <para>becomes <c>P: s = add x, y; br c ? T : F</c>, <c>T: v = load [s + A]</c>, <c>F: v = load [s + B]</c>:
/// an indirect operand takes any 64-bit displacement, a symbol's address included (§1.3, §9.4), so
/// the copy and one add disappear from every pass (xgboost's tree walk: <c>left_children</c> or
/// <c>right_children</c> indexed by the node).</para>
/// <para>Assumes: machine IR before allocation; T and F hold only their copy and jump to J, whose only
/// predecessors they are, and P is their only predecessor.</para>
/// <para>Guarantees: the access reads or writes the same address with the same value: the offsets
/// are not redefined in T, F or J before their use, every intermediate value has this chain as its
/// one definition and use, nothing in J precedes the access but the chain, and the select's
/// register, the intermediates and the access's result keep no other definitions or uses.</para>
/// </summary>
public static class SelectAddress
{
    public static void Run(MFunction f)
    {
        var (defs, uses) = UseDef.Count(f);
        var preds = f.Predecessors();

        foreach (var p in f.Blocks.ToList())
        {
            if (p.Term is not { Kind: TermKind.Br, T: { } t, F: { } e } || t == e) continue;
            if (p.Term.A.Kind == OpKind.LastC || p.Term.B.Kind == OpKind.LastC) continue;
            if (!Arm(t, p, preds, out var rt, out var kt) || !Arm(e, p, preds, out var rf, out var kf) || rt != rf) continue;
            var j = t.Term.T!;
            if (e.Term.T != j || preds[j].Count != 2 || j == p) continue;
            var r = rt;
            if (defs[r.VRegId] != 2 || uses[r.VRegId] != 1) continue;
            // The rules replace instructions of P, T, F and J only (never mutating one): the counts of
            // those blocks' instructions before are taken away and those after added.
            MBlock[] touched = [p, t, e, j];
            var before = touched.SelectMany(b => b.Insts).ToList();
            if (!(kt.IsImm && kf.IsImm && SinkAccess(f, p, t, e, j, r, kt, kf, defs, uses)))
            {
                if (j.Insts.Count == 0 || !SinkOperation(j.Insts[0], r, t, e, kt, kf, defs)) continue;
                j.Insts.RemoveAt(0);
            }
            UseDef.Tally(f, before, ref defs, ref uses, -1);
            UseDef.Tally(f, touched.SelectMany(b => b.Insts), ref defs, ref uses, +1);
        }
    }

    /// <summary>The access rule (see the class summary); false, changing nothing, where it does not apply.</summary>
    static bool SinkAccess(MFunction f, MBlock p, MBlock t, MBlock e, MBlock j, Operand r, Operand kt, Operand kf, int[] defs, int[] uses)
    {
        // The chain r → t1 → … → tn in J's first instructions, then the access based on tn.
        var offsets = new List<Operand>();
        var cur = r;
        int k = 0;
        for (; k < j.Insts.Count; k++)
        {
            var i = j.Insts[k];
            if (i.Kind != MKind.Op || i.Op != Opcode.Add || !i.D.IsVReg) break;
            Operand other = i.A == cur ? i.B : i.B == cur ? i.A : Operand.None;
            if (other.Kind is not (OpKind.VReg or OpKind.Imm) || other == cur || !Chained(i.D, defs, uses)) break;
            offsets.Add(other);
            cur = i.D;
        }
        if (k >= j.Insts.Count || offsets.Count is 0 or > 2) return false;
        var m = j.Insts[k];
        if (!Access(m, cur) || (cur != r && !Chained(cur, defs, uses))) return false;
        var ind = m.B.Kind == OpKind.Ind ? m.B : m.D;
        if (ind.Sym is not null && (kt.Sym is not null || kf.Sym is not null)) return false;
        if (m.D.IsVReg && defs[m.D.VRegId] != 1) return false;
        // Every operand the chain and the access read must hold the same value at the end of P.
        if (offsets.Any(o => o.IsVReg && UseDef.DefinedIn(j, 0, k, o))) return false;
        if (m.B.IsVReg && UseDef.DefinedIn(j, 0, k, m.B)) return false;
        var offset = offsets[0];
        if (offsets.Count == 2)
        {
            offset = Operand.V(f.NewVReg());
            p.Insts.Add(MInst.Make(Opcode.Add, offsets[0], offsets[1], offset));
        }
        foreach (var (arm, key) in new[] { (t, kt), (e, kf) })
        {
            var shifted = ind with { Value = ind.Value + key.Value, Sym = ind.Sym ?? key.Sym };
            arm.Insts[0] = new MInst
            {
                Kind = MKind.Op, Op = m.Op, A = offset, Extra = m.Extra,
                B = m.B.Kind == OpKind.Ind ? shifted : m.B,
                D = m.D.Kind == OpKind.Ind ? shifted : m.D,
            };
        }
        j.Insts.RemoveRange(0, k + 1);
        return true;
    }

    /// <summary>An arm: a block with P as its only predecessor holding only <c>r = copyb 0, K</c> (K an immediate, a register or a word) and a jump.</summary>
    static bool Arm(MBlock b, MBlock p, Dictionary<MBlock, List<MBlock>> preds, out Operand r, out Operand key)
    {
        r = key = Operand.None;
        if (b.Term.Kind != TermKind.Jmp || preds[b] is not [var only] || only != p || b.Insts is not [var c] || b.AddressTaken) return false;
        if (c.Kind != MKind.Op || c.Op != Opcode.CopyB || !c.A.IsConst || c.A.Value != 0 || !c.D.IsVReg
            || c.B.Kind is not (OpKind.Imm or OpKind.VReg or OpKind.Mem)) return false;
        (r, key) = (c.D, c.B);
        return true;
    }

    /// <summary>The select's one reader is J's first instruction, a plain operation with the other operand
    /// available before the branch: each arm computes it with its own value instead of copying that value
    /// (the copy's step saved on either path).</summary>
    static bool SinkOperation(MInst i, Operand r, MBlock t, MBlock e, Operand vt, Operand vf, int[] defs)
    {
        if (!Words.IsAlu(i) || i.Op == Opcode.CopyB || !i.D.IsVReg || defs[i.D.VRegId] != 1 || (i.A == r) == (i.B == r)) return false;
        var other = i.A == r ? i.B : i.A;
        if (other.Kind is not (OpKind.Imm or OpKind.VReg or OpKind.Mem)) return false;
        // Two memory operands in one step are fine (§1.3); an arm's value and the other operand both read now.
        t.Insts[0] = MInst.Make(i.Op, i.A == r ? vt : i.A, i.B == r ? vt : i.B, i.D);
        e.Insts[0] = MInst.Make(i.Op, i.A == r ? vf : i.A, i.B == r ? vf : i.B, i.D);
        return true;
    }

    static bool Chained(Operand v, int[] defs, int[] uses) => v.IsVReg && defs[v.VRegId] == 1 && uses[v.VRegId] == 1;

    /// <summary>A load or store based on <paramref name="base"/>, which it reads nowhere else.</summary>
    static bool Access(MInst m, Operand @base) =>
        m.Kind == MKind.Op && m.A == @base && (m.B.Kind == OpKind.Ind ^ m.D.Kind == OpKind.Ind) && m.B != @base && m.D != @base
        && m.B.Kind != OpKind.LastC && OpcodeTable.Get(m.Op) is { IsPrecompiled: false };
}
