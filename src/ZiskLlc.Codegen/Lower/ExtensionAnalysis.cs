using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>
/// Analysis <c>sext</c>, run by <c>lower</c> before it selects a function: which narrow integer
/// values (i2…i63) are held sign-extended in their 64-bit registers, as RV64 keeps its words. Such a
/// value needs no extension step before a compare (signed or unsigned: sign extension preserves
/// unsigned order too), a sign extension, a right shift or a division.
/// <para>Rules (the lowering produces exactly these representations): constants (materialised
/// sign-extended); parameters with <c>signext</c> (the direct route's ABI extends them at the call);
/// <c>add/sub/mul/shl nsw</c> and <c>and/or/xor</c> of such values (the 64-bit result is exact);
/// <c>ashr</c>, <c>sdiv/srem</c>, <c>sext</c>, <c>smin/smax</c> and counts from i3 up (their lowering
/// sign-extends); <c>zext</c> from a narrower type and <c>lshr</c> by a non-zero constant (the top bit is
/// zero); results of calls marked <c>signext</c>; and phis and selects of such values — found
/// optimistically: everything is assumed until a rule fails, to a fixed point, so loop-carried values
/// such as induction variables qualify.</para>
/// </summary>
public static class ExtensionAnalysis
{
    /// <summary>The values held zero-extended (same scheme: loads that are not loaded signed, zext,
    /// and/or/xor, lshr, udiv/urem, umin/umax, counts, shl/add/sub/mul with nuw of such values, calls
    /// and parameters marked zeroext, phis and selects).</summary>
    public static HashSet<nint> ZeroExtended(IrFunction fn, IReadOnlyList<IrBlock> order, Func<IrInstruction, bool> callReturnsZext,
        Func<IrInstruction, bool> loadedSigned, Func<IrInstruction, bool> shiftSkipsNormalisation)
    {
        var insts = order.SelectMany(b => b.Instructions).Where(i => Narrow(i.Type)).ToList();
        var set = insts.Select(i => i.Handle).ToHashSet();
        var ps = fn.Parameters;
        var paramZext = new HashSet<nint>();
        for (int k = 0; k < ps.Count; k++) if (Narrow(ps[k].Type) && fn.HasAttribute((uint)k + 1, "zeroext")) paramZext.Add(ps[k].Handle);
        bool Z(IrValue v) => v.Kind switch
        {
            IrValueKind.ConstantInt => v.SignedInteger >= 0,
            IrValueKind.Undef or IrValueKind.Poison => true,
            IrValueKind.Argument => paramZext.Contains(v.Handle),
            IrValueKind.Instruction => set.Contains(v.Handle),
            _ => false,
        };
        return Solve(insts, set, i =>
        {
            var ops = i.Operands;
            return i.Opcode switch
            {
                IrOpcode.Load => ops.Count > 0 && !loadedSigned(i) && i.Type.IntegerWidth is 8 or 16 or 32,
                IrOpcode.ZExt or IrOpcode.UDiv or IrOpcode.URem => true,
                IrOpcode.LShr => !shiftSkipsNormalisation(i),
                IrOpcode.And => Z(ops[0]) || Z(ops[1]),
                IrOpcode.Or or IrOpcode.Xor => Z(ops[0]) && Z(ops[1]),
                IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul => i.NoUnsignedWrap && Z(ops[0]) && Z(ops[1]),
                IrOpcode.Shl => i.NoUnsignedWrap && Z(ops[0]) && ops[1].Kind == IrValueKind.ConstantInt,
                IrOpcode.Freeze => Z(ops[0]),
                IrOpcode.Phi => i.PhiIncoming.All(e => Z(e.Value)),
                IrOpcode.Select => Z(ops[1]) && Z(ops[2]),
                IrOpcode.Call => i.IntrinsicFamily switch
                {
                    "llvm.umin" or "llvm.umax" or "llvm.ctpop" or "llvm.ctlz" or "llvm.cttz" => true,
                    null => callReturnsZext(i),
                    _ => false,
                },
                _ => false,
            };
        });
    }

    public static HashSet<nint> SignExtended(IrFunction fn, IReadOnlyList<IrBlock> order, Func<IrInstruction, bool> callReturnsSignExt,
        Func<IrInstruction, bool> loadedSigned, Func<IrInstruction, bool> shiftSkipsNormalisation)
    {
        var insts = order.SelectMany(b => b.Instructions).Where(i => Narrow(i.Type)).ToList();
        var set = insts.Select(i => i.Handle).ToHashSet();
        var ps = fn.Parameters;
        var paramSext = new HashSet<nint>();
        for (int k = 0; k < ps.Count; k++) if (Narrow(ps[k].Type) && fn.HasAttribute((uint)k + 1, "signext")) paramSext.Add(ps[k].Handle);
        bool S(IrValue v) => v.Kind switch
        {
            IrValueKind.ConstantInt => v.Type.IntegerWidth >= 2,
            IrValueKind.Undef or IrValueKind.Poison => true,
            IrValueKind.Argument => paramSext.Contains(v.Handle),
            IrValueKind.Instruction => set.Contains(v.Handle),
            _ => false,
        };
        return Solve(insts, set, i => i.Opcode == IrOpcode.Load ? loadedSigned(i)
            : !(i.Opcode is IrOpcode.AShr or IrOpcode.LShr && shiftSkipsNormalisation(i)) && Holds(i, S, callReturnsSignExt));
    }

    /// <summary>The optimistic fixed point, over a worklist: every candidate is assumed to hold, and when one
    /// fails only its users are looked at again (the rules read the set only through operands, and a
    /// removal can only make others fail, so this is the same greatest fixed point a sweep to no change
    /// reaches, in time linear in the uses rather than one sweep per link of a long chain).</summary>
    static HashSet<nint> Solve(List<IrInstruction> insts, HashSet<nint> set, Func<IrInstruction, bool> holds)
    {
        var users = new Dictionary<nint, List<IrInstruction>>();
        foreach (var i in insts)
            foreach (var o in i.Operands)
                if (set.Contains(o.Handle))
                {
                    if (!users.TryGetValue(o.Handle, out var l)) users[o.Handle] = l = [];
                    l.Add(i);
                }
        var work = new Stack<IrInstruction>(insts);
        var queued = new HashSet<nint>(set);
        while (work.Count > 0)
        {
            var i = work.Pop();
            queued.Remove(i.Handle);
            if (!set.Contains(i.Handle) || holds(i)) continue;
            set.Remove(i.Handle);
            if (users.TryGetValue(i.Handle, out var us))
                foreach (var u in us) if (set.Contains(u.Handle) && queued.Add(u.Handle)) work.Push(u);
        }
        return set;
    }

    static bool Narrow(IrType t) => t.Kind == IrTypeKind.Integer && t.IntegerWidth is >= 2 and < 64;

    static bool Holds(IrInstruction i, Func<IrValue, bool> s, Func<IrInstruction, bool> callSext)
    {
        var ops = i.Operands;
        switch (i.Opcode)
        {
            case IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul:
                return i.NoSignedWrap && s(ops[0]) && s(ops[1]);
            case IrOpcode.Shl:
                return i.NoSignedWrap && s(ops[0]) && ops[1].Kind == IrValueKind.ConstantInt;
            case IrOpcode.And or IrOpcode.Or or IrOpcode.Xor:
                return s(ops[0]) && s(ops[1]);
            case IrOpcode.AShr or IrOpcode.SDiv or IrOpcode.SRem or IrOpcode.SExt:
                return true;
            case IrOpcode.ZExt:
                return ops[0].Type.IntegerWidth < i.Type.IntegerWidth;
            case IrOpcode.LShr:
                return ops[1].Kind == IrValueKind.ConstantInt && ops[1].UnsignedInteger > 0;
            case IrOpcode.Freeze:
                return s(ops[0]);
            case IrOpcode.Phi:
                return i.PhiIncoming.All(e => s(e.Value));
            case IrOpcode.Select:
                return s(ops[1]) && s(ops[2]);
            case IrOpcode.Call:
                return i.IntrinsicFamily switch
                {
                    "llvm.smin" or "llvm.smax" => true,
                    // A count is at most w, below 2^(w−1) (its sign bit clear) only from i3 up: i2's 2 is −2.
                    "llvm.ctpop" or "llvm.ctlz" or "llvm.cttz" => i.Type.IntegerWidth >= 3,
                    null => callSext(i),
                    _ => false,
                };
            default:
                return false;
        }
    }
}
