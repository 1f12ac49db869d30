using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

/// <summary>
/// Analysis <c>sext</c>/<c>zext</c>, run by <c>lower</c> before it selects a function: which narrow
/// integer values (i2…i63) are held sign-extended in their 64-bit registers, as RV64 keeps its words,
/// and which zero-extended. A sign-extended value needs no extension step before a compare (signed or
/// unsigned: sign extension preserves unsigned order too), a sign extension, a right shift or a
/// division; a zero-extended one none before an unsigned use.
/// <para>Sign rules (the lowering produces exactly these representations): constants (materialised
/// sign-extended); parameters with <c>signext</c> (the direct route's ABI extends them at the call);
/// <c>add/sub/mul/shl nsw</c> and <c>and/or/xor</c> of such values (the 64-bit result is exact);
/// <c>ashr</c>, <c>sdiv/srem</c>, <c>sext</c>, <c>smin/smax</c> and counts from i3 up (their lowering
/// sign-extends); <c>zext</c> from a narrower type and <c>lshr</c> by a non-zero constant (the top bit is
/// zero); loads the lowering loads signed; results of calls marked <c>signext</c>; and phis and selects
/// of such values. Zero rules: the same scheme — loads that are not loaded signed, zext, and/or/xor,
/// lshr, udiv/urem, umin/umax, counts, shl/add/sub/mul with nuw of such values, calls and parameters
/// marked zeroext, non-negative constants, phis and selects. A shift whose normalisation the lowering
/// skips (only its low bits are used) holds neither.</para>
/// <para>Both are found optimistically: everything is assumed until a rule fails, to a fixed point, so
/// loop-carried values such as induction variables qualify. Each instruction's facts (opcode, width,
/// flags, its operands' classes, the lowering's answers for loads, shifts and calls) are read from LLVM
/// once, into a table both analyses share: the rules then run on that table, not through the C API
/// (picojpeg's benchmark_body: two thirds of the analyses' time was reading the same facts again).</para>
/// </summary>
public static class ExtensionAnalysis
{
    /// <summary>An operand's class: an index ≥ 0 into the table (a narrow instruction of the function), or a
    /// fixed answer for anything else (bit 0: held sign-extended, bit 1: held zero-extended), encoded as −1 − bits.</summary>
    static int Fixed(bool sign, bool zero) => -1 - ((sign ? 1 : 0) | (zero ? 2 : 0));

    sealed class Row
    {
        public nint Handle;
        public IrOpcode Opcode;
        public int Width;
        public bool Nsw, Nuw, Op1ConstInt, NonZeroShift, WiderThanSource, LoadedSigned, SkipsNormalisation, CallSext, CallZext;
        public string? Family;
        public int[] Ops = [];
    }

    /// <summary>The values held sign-extended and those held zero-extended (handles of narrow instructions).</summary>
    public static (HashSet<nint> Sign, HashSet<nint> Zero) Analyze(IrFunction fn, IReadOnlyList<IrBlock> order,
        Func<IrInstruction, bool> callReturnsSignExt, Func<IrInstruction, bool> callReturnsZext,
        Func<IrInstruction, bool> loadedSigned, Func<IrInstruction, bool> shiftSkipsNormalisation)
    {
        var rows = new List<Row>();
        var index = new Dictionary<nint, int>();
        foreach (var b in order)
            foreach (var i in b.Instructions)
            {
                int w = NarrowWidth(i.Type);
                if (w == 0) continue;
                index[i.Handle] = rows.Count;
                rows.Add(new Row { Handle = i.Handle, Width = w });
            }
        var ps = fn.Parameters;
        var paramClass = new Dictionary<nint, int>();
        for (int k = 0; k < ps.Count; k++)
        {
            bool narrow = NarrowWidth(ps[k].Type) > 0;
            paramClass[ps[k].Handle] = Fixed(narrow && fn.HasAttribute((uint)k + 1, "signext"), narrow && fn.HasAttribute((uint)k + 1, "zeroext"));
        }
        int Class(IrValue v)
        {
            switch (v.Kind)
            {
                case IrValueKind.ConstantInt:
                    int w = v.Type.IntegerWidth;
                    return Fixed(w >= 2, v.SignedInteger >= 0);
                case IrValueKind.Undef or IrValueKind.Poison:
                    return Fixed(true, true);
                case IrValueKind.Argument:
                    return paramClass.TryGetValue(v.Handle, out var c) ? c : Fixed(false, false);
                case IrValueKind.Instruction:
                    return index.TryGetValue(v.Handle, out var r) ? r : Fixed(false, false);
                default:
                    return Fixed(false, false);
            }
        }
        foreach (var row in rows)
        {
            var i = new IrInstruction(row.Handle);
            row.Opcode = i.Opcode;
            var ops = i.Operands;
            row.Ops = new int[ops.Count];
            for (int k = 0; k < ops.Count; k++) row.Ops[k] = Class(ops[k]);
            switch (row.Opcode)
            {
                case IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul or IrOpcode.Shl:
                    row.Nsw = i.NoSignedWrap;
                    row.Nuw = i.NoUnsignedWrap;
                    row.Op1ConstInt = ops[1].Kind == IrValueKind.ConstantInt;
                    break;
                case IrOpcode.LShr or IrOpcode.AShr:
                    row.NonZeroShift = ops[1].Kind == IrValueKind.ConstantInt && ops[1].UnsignedInteger > 0;
                    row.SkipsNormalisation = shiftSkipsNormalisation(i);
                    break;
                case IrOpcode.ZExt:
                    row.WiderThanSource = ops[0].Type.IntegerWidth < row.Width;
                    break;
                case IrOpcode.Load:
                    row.LoadedSigned = loadedSigned(i);
                    break;
                case IrOpcode.Call:
                    row.Family = i.IntrinsicFamily;
                    if (row.Family is null)
                    {
                        row.CallSext = callReturnsSignExt(i);
                        row.CallZext = callReturnsZext(i);
                    }
                    break;
            }
        }
        var users = new List<int>?[rows.Count];
        for (int r = 0; r < rows.Count; r++)
            foreach (var o in rows[r].Ops)
                if (o >= 0) (users[o] ??= []).Add(r);
        var sign = Solve(rows, users, (row, s) => SignHolds(row, s), bit: 1);
        var zero = Solve(rows, users, (row, s) => ZeroHolds(row, s), bit: 2);
        return (sign, zero);
    }

    /// <summary>The width of a narrow integer type (i2…i63), 0 for any other type.</summary>
    static int NarrowWidth(IrType t) => t.Kind == IrTypeKind.Integer && t.IntegerWidth is var w and >= 2 and < 64 ? w : 0;

    static bool ZeroHolds(Row i, Func<int, bool> z)
    {
        var ops = i.Ops;
        return i.Opcode switch
        {
            IrOpcode.Load => i.Ops.Length > 0 && !i.LoadedSigned && i.Width is 8 or 16 or 32,
            IrOpcode.ZExt or IrOpcode.UDiv or IrOpcode.URem => true,
            IrOpcode.LShr => !i.SkipsNormalisation,
            IrOpcode.And => z(ops[0]) || z(ops[1]),
            IrOpcode.Or or IrOpcode.Xor => z(ops[0]) && z(ops[1]),
            IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul => i.Nuw && z(ops[0]) && z(ops[1]),
            IrOpcode.Shl => i.Nuw && z(ops[0]) && i.Op1ConstInt,
            IrOpcode.Freeze => z(ops[0]),
            IrOpcode.Phi => ops.All(z),
            IrOpcode.Select => z(ops[1]) && z(ops[2]),
            IrOpcode.Call => i.Family switch
            {
                "llvm.umin" or "llvm.umax" or "llvm.ctpop" or "llvm.ctlz" or "llvm.cttz" => true,
                null => i.CallZext,
                _ => false,
            },
            _ => false,
        };
    }

    static bool SignHolds(Row i, Func<int, bool> s)
    {
        var ops = i.Ops;
        if (i.Opcode == IrOpcode.Load) return i.LoadedSigned;
        if (i.Opcode is IrOpcode.AShr or IrOpcode.LShr && i.SkipsNormalisation) return false;
        switch (i.Opcode)
        {
            case IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul:
                return i.Nsw && s(ops[0]) && s(ops[1]);
            case IrOpcode.Shl:
                return i.Nsw && s(ops[0]) && i.Op1ConstInt;
            case IrOpcode.And or IrOpcode.Or or IrOpcode.Xor:
                return s(ops[0]) && s(ops[1]);
            case IrOpcode.AShr or IrOpcode.SDiv or IrOpcode.SRem or IrOpcode.SExt:
                return true;
            case IrOpcode.ZExt:
                return i.WiderThanSource;
            case IrOpcode.LShr:
                return i.NonZeroShift;
            case IrOpcode.Freeze:
                return s(ops[0]);
            case IrOpcode.Phi:
                return ops.All(s);
            case IrOpcode.Select:
                return s(ops[1]) && s(ops[2]);
            case IrOpcode.Call:
                return i.Family switch
                {
                    "llvm.smin" or "llvm.smax" => true,
                    // A count is at most w, below 2^(w−1) (its sign bit clear) only from i3 up: i2's 2 is −2.
                    "llvm.ctpop" or "llvm.ctlz" or "llvm.cttz" => i.Width >= 3,
                    null => i.CallSext,
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>The optimistic fixed point, over a worklist: every candidate is assumed to hold, and when one
    /// fails only its users are looked at again (the rules read the set only through operands, and a
    /// removal can only make others fail, so this is the same greatest fixed point a sweep to no change
    /// reaches, in time linear in the uses rather than one sweep per link of a long chain).</summary>
    static HashSet<nint> Solve(List<Row> rows, List<int>?[] users, Func<Row, Func<int, bool>, bool> holds, int bit)
    {
        var inSet = new bool[rows.Count];
        Array.Fill(inSet, true);
        bool Member(int c) => c >= 0 ? inSet[c] : ((-1 - c) & bit) != 0;
        var work = new Stack<int>(rows.Count);
        for (int r = rows.Count - 1; r >= 0; r--) work.Push(r);
        var queued = new bool[rows.Count];
        Array.Fill(queued, true);
        while (work.Count > 0)
        {
            int r = work.Pop();
            queued[r] = false;
            if (!inSet[r] || holds(rows[r], Member)) continue;
            inSet[r] = false;
            if (users[r] is { } us)
                foreach (var u in us) if (inSet[u] && !queued[u]) { queued[u] = true; work.Push(u); }
        }
        var set = new HashSet<nint>();
        for (int r = 0; r < rows.Count; r++) if (inSet[r]) set.Add(rows[r].Handle);
        return set;
    }
}
