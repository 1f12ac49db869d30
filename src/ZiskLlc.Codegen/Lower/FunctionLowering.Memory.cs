using System.Numerics;
using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// Addresses, loads, stores and allocas. An address is (base, symbol, offset): the base is operand a
// of an indirect access and symbol + offset its displacement, any 64 bits (§1.3 SRC_IND, §9.4), so
// `a[i]` of a global array is one step: copyb(a = i·8, b = [a + &a]).
public sealed partial class FunctionLowering
{
    /// <summary>The address of a pointer value as (base, symbol, offset).</summary>
    (Operand Base, string? Sym, long Off) AddressOf(IrValue p)
    {
        if (p.Kind == IrValueKind.Instruction && addr.TryGetValue(p.Handle, out var a)) return a;
        var v = Val(p);
        if (v.IsImm) return (Operand.Zero, v.Sym, (long)v.Value);
        return (v, null, 0);
    }

    /// <summary>The pointer as one operand (an add when base, symbol and offset are all present).</summary>
    Operand Materialize((Operand Base, string? Sym, long Off) a)
    {
        if (a.Base.IsConst && a.Base.Value == 0) return a.Sym is null ? Operand.Imm(a.Off) : Operand.Addr(a.Sym, a.Off);
        if (a.Sym is null && a.Off == 0) return a.Base;
        return Emit(Opcode.Add, a.Base, a.Sym is null ? Operand.Imm(a.Off) : Operand.Addr(a.Sym, a.Off));
    }

    bool IsMemoryUse(IrInstruction user, nint value)
    {
        var ops = user.Operands;
        return user.Opcode switch
        {
            IrOpcode.Load => true,
            IrOpcode.Store => ops[1].Handle == value && ops[0].Handle != value,
            IrOpcode.GetElementPtr => ops[0].Handle == value && ops.Skip(1).All(o => o.Handle != value),
            _ => false,
        };
    }

    void Gep(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        if (i.Type.IsVector) throw new UnsupportedException("a vector getelementptr");
        var (b, sym, off) = AddressOf(ops[0]);
        var t = i.GepSourceElementType;
        Operand sum = Operand.None;
        for (int k = 1; k < ops.Count; k++)
        {
            var idx = ops[k];
            long scale;
            if (k == 1) scale = (long)parts.Layout.AbiSize(t);
            else if (t.Kind == IrTypeKind.Struct)
            {
                int field = (int)idx.UnsignedInteger;
                off += (long)parts.Layout.OffsetOfElement(t, field);
                t = t.StructElements[field];
                continue;
            }
            else { t = t.ElementType; scale = (long)parts.Layout.AbiSize(t); }
            if (idx.Kind == IrValueKind.ConstantInt) { off += (long)(idx.SignedInteger * scale); continue; }
            // a[i + C]: the constant goes into the displacement, so neighbouring elements share i's scaling
            // (for a narrow index only when the add cannot wrap: GEP indices are sign-extended).
            while (idx.Kind == IrValueKind.Instruction && idx.AsInstruction is var add
                   && (add.Opcode == IrOpcode.Add && (idx.Type.IntegerWidth == 64 || add.NoSignedWrap) || add.IsDisjoint && idx.Type.IntegerWidth == 64)
                   && add.Operands[1].Kind == IrValueKind.ConstantInt)
            {
                off += (long)(add.Operands[1].SignedInteger * scale);
                idx = add.Operands[0];
            }
            var iv = Vals(idx)[0];
            int iw = idx.Type.IntegerWidth;
            if (iw < 64) iv = Sext(iv, iw);
            if (scale == 0) continue;
            var term = scale == 1 ? iv : BitOperations.IsPow2((ulong)scale)
                ? Emit(Opcode.Sll, iv, Operand.Imm((ulong)BitOperations.Log2((ulong)scale)))
                : Emit(Opcode.Mul, iv, Operand.Imm(scale));
            sum = sum.Kind == OpKind.None ? term : Emit(Opcode.Add, sum, term);
        }
        if (sum.Kind != OpKind.None) b = b.IsConst && b.Value == 0 ? sum : Emit(Opcode.Add, b, sum);
        var ae = (b, sym, off);
        addr[i.Handle] = ae;
        // Materialise only when some user needs the pointer as a value (loads, stores and GEPs fold it).
        int valueUses = users.TryGetValue(i.Handle, out var us) ? us.Count(u => !IsMemoryUse(new IrInstruction(u), i.Handle)) : 0;
        if (valueUses > 0 || (b.IsConst && b.Value == 0) || (sym is null && off == 0)) Set(i, Materialize(ae));
        // else: every user folds the address; the pointer is never a value.
    }

    /// <summary>The widened global (<see cref="WideScalars"/>) an address names, if any, and whether it holds its value sign-extended.</summary>
    bool IsWide((Operand Base, string? Sym, long Off) a, out bool signed)
    {
        signed = false;
        return a.Base.IsConst && a.Base.Value == 0 && a.Off == 0 && a.Sym is { } s && mc.Wide.TryGetValue(s, out signed);
    }

    void Load(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        var (b, sym, off) = AddressOf(ops[0]);
        if (IsWide((b, sym, off), out bool wideSigned))
        {
            // The whole word, already extended: an aligned 8-byte read that `fold` can put into the users.
            Set(i, Emit(Opcode.CopyB, Operand.Zero, new Operand(OpKind.Mem, 0, sym), new Fact(wideSigned, i.Type.IntegerWidth)));
            return;
        }
        var ps = parts.Of(i.Type);
        var r = new Operand[ps.Length];
        for (int k = 0; k < ps.Length; k++) r[k] = LoadPart(b, sym, off + ps[k].Offset, ps[k].Bytes);
        // A narrow value some user wants sign-extended is loaded sign-extended (one step either way, §7.4).
        if (ps.Length == 1 && ps[0].Bits is 8 or 16 or 32 && WantsSignExtension(i))
        {
            var last = cur.Insts[^1];
            last.Op = ps[0].Bits switch { 8 => Opcode.SignExtendB, 16 => Opcode.SignExtendH, _ => Opcode.SignExtendW };
            facts[r[0].VRegId] = new Fact(true, ps[0].Bits);
        }
        Set(i, r);
    }

    /// <summary>True if a user of the value observes it sign-extended (sext, abs; below 32 bits also signed compares,
    /// ashr, signed division, smin/smax).</summary>
    bool WantsSignExtension(IrInstruction v) => WantsSignExtension(v, []);

    /// <summary>True if a <c>sext</c> takes the value itself (not through a phi: a phi's extension is the
    /// analysis' verdict, made before lowering, so a sign-extended incoming value does not change it).</summary>
    bool FeedsSext(IrInstruction v) => users.TryGetValue(v.Handle, out var us) && us.Any(u => new IrInstruction(u).Opcode == IrOpcode.SExt);

    /// <summary>Looks through phis, selects and freezes: a loaded value that flows into a phi compared signed later wants it too.</summary>
    bool WantsSignExtension(IrInstruction v, HashSet<nint> seen)
    {
        if (!seen.Add(v.Handle) || seen.Count > 64 || !users.TryGetValue(v.Handle, out var us)) return false;
        foreach (var uh in us)
        {
            var u = new IrInstruction(uh);
            switch (u.Opcode)
            {
                case IrOpcode.Phi or IrOpcode.Freeze when WantsSignExtension(u, seen): return true;
                case IrOpcode.Select when u.Operands[0].Handle != v.Handle && WantsSignExtension(u, seen): return true;
                case IrOpcode.SExt: return true;
                case IrOpcode.Call when u.IntrinsicFamily is "llvm.abs": return true;
                // On i32 these take the word as it is (sra_w, div_w/rem_w, lt_w/le_w, min_w/max_w): an unsigned
                // load (copyb, opcode cost 0) serves them as well as a signed one (signextend_w, 53).
                case var _ when v.Type.Kind == IrTypeKind.Integer && v.Type.IntegerWidth == 32: break;
                case IrOpcode.AShr or IrOpcode.SDiv or IrOpcode.SRem: return true;
                case IrOpcode.ICmp when u.IntPredicate is IrIntPredicate.Slt or IrIntPredicate.Sle or IrIntPredicate.Sgt or IrIntPredicate.Sge: return true;
                case IrOpcode.Call when u.IntrinsicFamily is "llvm.smin" or "llvm.smax": return true;
            }
        }
        return false;
    }

    Operand LoadPart(Operand b, string? sym, long off, int bytes)
    {
        if (bytes is 1 or 2 or 4 or 8)
        {
            var fact = bytes < 8 ? new Fact(false, bytes * 8) : (Fact?)null;
            if (bytes == 8 && b.IsConst && b.Value == 0) return Emit(Opcode.CopyB, Operand.Zero, new Operand(OpKind.Mem, (ulong)off, sym));
            return Emit(Opcode.CopyB, b, Operand.Ind(off, bytes, sym), fact);
        }
        // 3, 5, 6, 7 bytes: little-endian pieces.
        Operand acc = Operand.None;
        int done = 0;
        foreach (int piece in new[] { 4, 2, 1 })
        {
            if (bytes - done < piece) continue;
            var v = LoadPart(b, sym, off + done, piece);
            if (done > 0) v = Emit(Opcode.Sll, v, Operand.Imm((ulong)(8 * done)));
            acc = acc.Kind == OpKind.None ? v : Emit(Opcode.Or, acc, v);
            done += piece;
        }
        facts[acc.VRegId] = new Fact(false, bytes * 8);
        return acc;
    }

    void Store(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        var (b, sym, off) = AddressOf(ops[1]);
        var ps = parts.Of(ops[0].Type);
        var v = Vals(ops[0]);
        if (IsWide((b, sym, off), out bool wideSigned))
        {
            // The value extended as the word holds it (the peephole lets the extension store it itself).
            int w = ops[0].Type.IntegerWidth;
            var x = wideSigned ? Sext(v[0], w) : Zext(v[0], w);
            Put(Opcode.CopyB, Operand.Zero, x, new Operand(OpKind.Mem, 0, sym));
            return;
        }
        if (ps.Length == 1 && ps[0].Bits % 8 == 0 && ps[0].Bytes is 1 or 2 or 4 or 8 && FuseCopy(ops[0], v[0], b, sym, off, ps[0].Bytes)) return;
        for (int k = 0; k < ps.Length; k++)
        {
            var x = v[k];
            // Odd widths store zero-extended (LLVM leaves the padding bits unspecified; a later load of the same type expects them clean).
            if (ps[k].Bits % 8 != 0) x = Zext(x, ps[k].Bits);
            StorePart(b, sym, off + ps[k].Offset, ps[k].Bytes, x);
        }
    }

    /// <summary>
    /// A value loaded by the instruction just emitted and only stored here moves memory to memory in
    /// that one step (§1.3–§1.4: b from memory and the result stored to memory, both indirect ones based
    /// on operand a): the load's step gets this store as its destination.
    /// </summary>
    bool FuseCopy(IrValue value, Operand v, Operand b, string? sym, long off, int bytes)
    {
        if (value.Kind != IrValueKind.Instruction || value.AsInstruction.Opcode != IrOpcode.Load || !v.IsVReg) return false;
        if (!users.TryGetValue(value.Handle, out var us) || us.Count != 1 || cur.Insts.Count == 0) return false;
        var last = cur.Insts[^1];
        if (last.Kind != MKind.Op || last.D != v || value.AsInstruction.IsVolatile || at.IsVolatile) return false;
        bool absolute = b.IsConst && b.Value == 0;
        if (last.B.Kind == OpKind.Ind)
        {
            if (last.B.Width != bytes || last.A != b) return false;
            last.D = Operand.Ind(off, bytes, sym);
            return true;
        }
        if (last.B.Kind == OpKind.Mem && bytes == 8 && last.A.IsConst && last.A.Value == 0)
        {
            if (absolute) last.D = new Operand(OpKind.Mem, (ulong)off, sym);
            else { last.A = b; last.D = Operand.Ind(off, 8, sym); }
            return true;
        }
        return false;
    }

    void StorePart(Operand b, string? sym, long off, int bytes, Operand x)
    {
        if (bytes is 1 or 2 or 4 or 8)
        {
            if (bytes == 8 && b.IsConst && b.Value == 0) { Put(Opcode.CopyB, Operand.Zero, x, new Operand(OpKind.Mem, (ulong)off, sym)); return; }
            Put(Opcode.CopyB, b, x, Operand.Ind(off, bytes, sym));
            return;
        }
        int done = 0;
        foreach (int piece in new[] { 4, 2, 1 })
        {
            if (bytes - done < piece) continue;
            var v = done == 0 ? x : x.IsConst ? Operand.Imm(x.Value >> (8 * done)) : Emit(Opcode.Srl, x, Operand.Imm((ulong)(8 * done)));
            StorePart(b, sym, off + done, piece, v);
            done += piece;
        }
    }

    /// <summary>An alloca outside the entry block or of variable size: carved from the software stack (16-aligned).</summary>
    void DynamicAlloca(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        long elem = (long)parts.Layout.AbiSize(i.AllocatedType);
        var count = Val(ops[0]);
        int cw = ops[0].Type.IntegerWidth;
        Operand size = count.IsConst ? Operand.Imm((ulong)(elem * (long)(count.Value & Mask(cw)))) : Op1(IrOpcode.Mul, 64, Zext(count, cw), Operand.Imm(elem));
        var sp = Emit(Opcode.Sub, Operand.M(abi.SpAddr), size);
        var al = Emit(Opcode.And, sp, Operand.Imm(unchecked((ulong)-16L)));
        Put(Opcode.CopyB, Operand.Zero, al, Operand.M(abi.SpAddr));
        Set(i, al);
    }
}
