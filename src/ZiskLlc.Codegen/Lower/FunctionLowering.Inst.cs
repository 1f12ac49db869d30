using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// Instruction dispatch, casts, compares, select, aggregates and control flow.
public sealed partial class FunctionLowering
{
    void Lower(IrInstruction i)
    {
        var ops = i.Operands;
        switch (i.Opcode)
        {
            case IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul or IrOpcode.And or IrOpcode.Or or IrOpcode.Xor
                or IrOpcode.Shl or IrOpcode.LShr or IrOpcode.AShr or IrOpcode.UDiv or IrOpcode.SDiv or IrOpcode.URem or IrOpcode.SRem:
                Binary(i, ops);
                return;
            case IrOpcode.FAdd or IrOpcode.FSub or IrOpcode.FMul or IrOpcode.FDiv or IrOpcode.FRem or IrOpcode.FNeg or IrOpcode.FCmp
                or IrOpcode.FPToSI or IrOpcode.FPToUI or IrOpcode.SIToFP or IrOpcode.UIToFP or IrOpcode.FPExt or IrOpcode.FPTrunc:
                FloatOp(i);
                return;
            case IrOpcode.ICmp:
                if (Fusable(i)) deferred.Add(i.Handle);
                else Set(i, CompareValue(i));
                return;
            case IrOpcode.Select: Select(i, ops); return;
            case IrOpcode.Trunc: Set(i, Vals(ops[0]).Take(parts.Of(i.Type).Length).ToArray()); return;
            case IrOpcode.ZExt or IrOpcode.SExt:
                // zext nneg of a value held sign-extended is that value: its upper bits are already zero.
                if (i.Opcode == IrOpcode.ZExt && i.NonNegative && Vals(ops[0]) is [var nn] && IsSext(nn, ops[0].Type.IntegerWidth) && parts.Of(i.Type).Length == 1)
                { Set(i, nn); return; }
                Extend(i, ops[0], i.Opcode == IrOpcode.SExt);
                return;
            case IrOpcode.PtrToInt or IrOpcode.PtrToAddr or IrOpcode.IntToPtr or IrOpcode.BitCast or IrOpcode.AddrSpaceCast or IrOpcode.Freeze:
            {
                var v = Vals(ops[0]);
                int n = parts.Of(i.Type).Length;
                if (v.Length != n)
                    throw new UnsupportedException($"{i.Opcode.ToString().ToLowerInvariant()} from {ops[0].Type} to {i.Type}: reinterpreting "
                        + $"{v.Length} register part(s) as {n} (a vector's lanes regrouped, e.g. after the scalarizer) is not supported");
                Set(i, v);
                if (ops[0].Kind == IrValueKind.Instruction && addr.TryGetValue(ops[0].Handle, out var ae)) addr[i.Handle] = ae;
                return;
            }
            case IrOpcode.GetElementPtr: Gep(i, ops); return;
            case IrOpcode.Load: Load(i, ops); return;
            case IrOpcode.Store: Store(i, ops); return;
            case IrOpcode.Alloca:
                if (!values.ContainsKey(i.Handle)) DynamicAlloca(i, ops);
                return;
            case IrOpcode.Call: Call(i); return;
            case IrOpcode.ExtractValue:
            {
                var (s, n) = parts.Range(ops[0].Type, i.AggregateIndices);
                Set(i, Vals(ops[0]).Skip(s).Take(n).ToArray());
                return;
            }
            case IrOpcode.InsertValue:
            {
                var (s, n) = parts.Range(ops[0].Type, i.AggregateIndices);
                var r = (Operand[])Vals(ops[0]).Clone();
                var ins = Vals(ops[1]);
                for (int k = 0; k < n; k++) r[s + k] = ins[k];
                Set(i, r);
                return;
            }
            case IrOpcode.ExtractElement or IrOpcode.InsertElement:
            {
                var idxV = ops[i.Opcode == IrOpcode.ExtractElement ? 1 : 2];
                if (idxV.Kind != IrValueKind.ConstantInt) throw new UnsupportedException("a vector element index that is not a constant");
                int per = parts.Of(ops[0].Type.ElementType).Length;
                int s = (int)idxV.UnsignedInteger * per;
                var vec = Vals(ops[0]);
                if (i.Opcode == IrOpcode.ExtractElement) { Set(i, vec.Skip(s).Take(per).ToArray()); return; }
                var r = (Operand[])vec.Clone();
                var el = Vals(ops[1]);
                for (int k = 0; k < per; k++) r[s + k] = el[k];
                Set(i, r);
                return;
            }
            case IrOpcode.Fence: return;
            case IrOpcode.Br: Branch(i, ops); return;
            case IrOpcode.Switch: Switch(i); return;
            case IrOpcode.IndirectBr: IndirectBranch(i, ops); return;
            case IrOpcode.Ret: Return(ops.Count > 0 ? Vals(ops[0]) : []); return;
            case IrOpcode.Unreachable: cur.Term = new MTerm { Kind = TermKind.Halt }; return;
            default:
                throw new UnsupportedException($"the '{i.Opcode}' instruction is not supported");
        }
    }

    /// <summary>An icmp whose only user is a branch or select in the same block: it fuses into that step.</summary>
    bool Fusable(IrInstruction cmp)
    {
        if (parts.Of(cmp.Operands[0].Type).Length != 1) return false;
        if (!users.TryGetValue(cmp.Handle, out var us) || us.Count != 1) return false;
        var u = new IrInstruction(us[0]);
        if (u.Block.Handle != cmp.Block.Handle) return false;
        if (u.Opcode == IrOpcode.Br) return true;
        return u.Opcode == IrOpcode.Select && u.Operands[0].Handle == cmp.Handle && u.Operands[1].Handle != cmp.Handle && u.Operands[2].Handle != cmp.Handle;
    }

    /// <summary>True if this block already computed x's sign extension from w bits (so an unsigned compare can reuse it).</summary>
    bool SextAvailable(Operand x, int w)
    {
        if (pureBlock != cur || !x.IsVReg) return false;
        return w switch
        {
            8 => pure.ContainsKey((Opcode.SignExtendB, Operand.Zero, x)),
            16 => pure.ContainsKey((Opcode.SignExtendH, Operand.Zero, x)),
            32 => pure.ContainsKey((Opcode.SignExtendW, Operand.Zero, x))
                  || pure.TryGetValue((Opcode.Sll, x, Operand.Imm(32)), out var t) && pure.ContainsKey((Opcode.Sra, t, Operand.Imm(32))),
            _ => pure.TryGetValue((Opcode.Sll, x, Operand.Imm((ulong)(64 - w))), out var u) && pure.ContainsKey((Opcode.Sra, u, Operand.Imm((ulong)(64 - w)))),
        };
    }

    /// <summary>True if x is known sign-extended from w bits (a constant counts: it is folded either way).</summary>
    bool IsSext(Operand x, int w) => x.IsConst || (FactOf(x) is { } f && ((f.Sign && f.Bits <= w) || (!f.Sign && f.Bits < w)));

    Operand[] LowerDeferred(IrInstruction cmp)
    {
        deferred.Remove(cmp.Handle);
        var v = CompareValue(cmp);
        values[cmp.Handle] = v;
        return v;
    }

    /// <summary>A single-part compare as (op, a, b, negate): flag = op(a, b) XOR negate is the predicate.</summary>
    (Opcode Op, Operand A, Operand B, bool Negate) Compare(IrInstruction cmp)
    {
        var ops = cmp.Operands;
        int w = ops[0].Type.Kind == IrTypeKind.Integer ? ops[0].Type.IntegerWidth : 64;
        var x = Val(ops[0]);
        var y = Val(ops[1]);
        var p = cmp.IntPredicate;
        bool signed = p is IrIntPredicate.Slt or IrIntPredicate.Sle or IrIntPredicate.Sgt or IrIntPredicate.Sge;
        // A 32-bit compare whose operands would need an extension step compares the low words (eq_w, lt_w, …).
        bool w32 = w == 32 && !(x.IsConst && y.IsConst) && !(ExtensionFree(x, 32, true) && ExtensionFree(y, 32, true))
                   && (signed || !(ExtensionFree(x, 32, false) && ExtensionFree(y, 32, false)));
        bool equality = p is IrIntPredicate.Eq or IrIntPredicate.Ne;
        if (w32) (x, y) = (W32(x), W32(y));
        else if (equality)
        {
            // Either extension makes equal values equal; take the one the facts make free.
            bool useSign = IsSext(x, w) && IsSext(y, w) && !(x.IsConst && y.IsConst);
            x = useSign ? Sext(x, w) : Zext(x, w);
            y = useSign ? Sext(y, w) : Zext(y, w);
        }
        else
        {
            // Sign extension preserves unsigned order as well, so unsigned compares take sign-extended operands when those are free.
            bool sx = signed || ((IsSext(x, w) || SextAvailable(x, w)) && (IsSext(y, w) || SextAvailable(y, w)));
            x = sx ? Sext(x, w) : Zext(x, w);
            y = sx ? Sext(y, w) : Zext(y, w);
        }
        if (equality)
        {
            if (x.IsConst && !y.IsConst) (x, y) = (y, x);
            return (w32 ? Opcode.EqW : Opcode.Eq, x, y, p == IrIntPredicate.Ne);
        }
        var (op, swap) = p switch
        {
            IrIntPredicate.Ult => (Opcode.Ltu, false),
            IrIntPredicate.Ule => (Opcode.Leu, false),
            IrIntPredicate.Ugt => (Opcode.Ltu, true),
            IrIntPredicate.Uge => (Opcode.Leu, true),
            IrIntPredicate.Slt => (Opcode.Lt, false),
            IrIntPredicate.Sle => (Opcode.Le, false),
            IrIntPredicate.Sgt => (Opcode.Lt, true),
            IrIntPredicate.Sge => (Opcode.Le, true),
            _ => throw new UnsupportedException($"icmp predicate {p}"),
        };
        if (w32) op = op switch { Opcode.Ltu => Opcode.LtuW, Opcode.Leu => Opcode.LeuW, Opcode.Lt => Opcode.LtW, _ => Opcode.LeW };
        return swap ? (op, y, x, false) : (op, x, y, false);
    }

    Operand[] CompareValue(IrInstruction cmp)
    {
        if (parts.Of(cmp.Operands[0].Type).Length > 1) return [WideCompare(cmp)];
        var (op, a, b, neg) = Compare(cmp);
        if (a.IsConst && b.IsConst)
        {
            bool r = Semantics(op, a.Value, b.Value) ^ neg;
            return [Operand.Imm(r ? 1UL : 0UL)];
        }
        // x != 0 is 0 <u x: one step where eq and a flip of the bit are two.
        if (neg && op is Opcode.Eq or Opcode.EqW && (b.IsConst && b.Value == 0 || a.IsConst && a.Value == 0))
            return [Emit(op == Opcode.Eq ? Opcode.Ltu : Opcode.LtuW, Operand.Zero, b.IsConst ? a : b, new Fact(false, 1))];
        var v = Emit(op, a, b, new Fact(false, 1));
        if (neg) v = Emit(Opcode.Xor, v, Operand.Imm(1), new Fact(false, 1));
        return [v];
    }

    static bool Semantics(Opcode op, ulong a, ulong b) => op switch
    {
        Opcode.Eq => a == b,
        Opcode.Ltu => a < b,
        Opcode.Leu => a <= b,
        Opcode.Lt => (long)a < (long)b,
        Opcode.Le => (long)a <= (long)b,
        Opcode.EqW => (uint)a == (uint)b,
        Opcode.LtuW => (uint)a < (uint)b,
        Opcode.LeuW => (uint)a <= (uint)b,
        Opcode.LtW => (int)a < (int)b,
        Opcode.LeW => (int)a <= (int)b,
        _ => throw new InvalidOperationException(op.ToString()),
    };

    /// <summary>The condition of a branch or select: a fused compare, or the i1 value tested against 0.</summary>
    (Opcode Op, Operand A, Operand B, bool Negate) Condition(IrValue c)
    {
        if (c.Kind == IrValueKind.Instruction && deferred.Contains(c.Handle))
        {
            deferred.Remove(c.Handle);
            return Compare(c.AsInstruction);
        }
        var v = Zext(Val(c), 1);
        return (Opcode.Eq, v, Operand.Zero, true);
    }

    void Select(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        // Arms sunk into this select (FindSinkable) are lowered in their own blocks, below.
        bool lazy = sunk.Contains(ops[1].Handle) || sunk.Contains(ops[2].Handle);
        var t = lazy ? [] : Vals(ops[1]);
        var f = lazy ? [] : Vals(ops[2]);
        // i1 logic written as selects (LLVM's poison-safe and/or).
        if (i.Type.Kind == IrTypeKind.Integer && i.Type.IntegerWidth == 1 && !deferred.Contains(ops[0].Handle))
        {
            var c = Val(ops[0]);
            if (t[0].IsConst && t[0].Value == 1) { Set(i, Emit(Opcode.Or, c, f[0])); return; }
            if (f[0].IsConst && f[0].Value == 0) { Set(i, Emit(Opcode.And, c, t[0])); return; }
        }
        var (op, a, b, neg) = Condition(ops[0]);
        if (a.IsConst && b.IsConst) { Set(i, Semantics(op, a.Value, b.Value) ^ neg ? (lazy ? Vals(ops[1]) : t) : (lazy ? Vals(ops[2]) : f)); return; }
        var r = NewParts(i.Type);
        var tb = mf.NewBlock(cur.Name + ".sel.t");
        var fb = mf.NewBlock(cur.Name + ".sel.f");
        var join = mf.NewBlock(cur.Name + ".sel");
        tb.Depth = fb.Depth = join.Depth = cur.Depth;
        cur.Term = new MTerm { Kind = TermKind.Br, Op = op, A = a, B = b, T = neg ? fb : tb, F = neg ? tb : fb };
        cur = tb;
        ParallelCopy(r, lazy ? Vals(ops[1]) : t);
        cur.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        cur = fb;
        ParallelCopy(r, lazy ? Vals(ops[2]) : f);
        cur.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        cur = join;
        Set(i, r);
    }

    void Extend(IrInstruction i, IrValue src, bool signed)
    {
        int w = src.Type.IntegerWidth;
        var s = Vals(src);
        int n = parts.Of(i.Type).Length;
        var r = new Operand[n];
        int full = (w - 1) / 64;          // index of the source's top part
        int topBits = w - 64 * full;
        for (int k = 0; k < full; k++) r[k] = s[k];
        var top = signed ? Sext(s[full], topBits) : Zext(s[full], topBits);
        r[full] = top;
        if (n > full + 1)
        {
            var fill = signed ? (top.IsConst ? Operand.Imm((ulong)((long)top.Value >> 63)) : Emit(Opcode.Sra, top, Operand.Imm(63), new Fact(true, 1))) : Operand.Zero;
            for (int k = full + 1; k < n; k++) r[k] = fill;
        }
        Set(i, r);
    }

    // ---------------------------------------------------------------- control flow

    IrBlock CurrentIrBlock => at.Block;

    /// <summary>The MIR block to branch to for the edge from the current IR block to <paramref name="s"/>: the block itself, or a new block holding the phi copies.</summary>
    MBlock EdgeTarget(IrBlock s, Dictionary<nint, MBlock>? memo = null)
    {
        if (memo is not null && memo.TryGetValue(s.Handle, out var m)) return m;
        var target = blockOf[s.Handle];
        if (phisOf[s.Handle].Length == 0) return target;
        var saved = cur;
        var edge = mf.NewBlock($"{saved.Name}.to.{target.Name}.{edgeCount++}");
        edge.Depth = Math.Min(saved.Depth, target.Depth);
        cur = edge;
        EdgeCopies(s);
        edge.Term = new MTerm { Kind = TermKind.Jmp, T = target };
        cur = saved;
        if (memo is not null) memo[s.Handle] = edge;
        return edge;
    }

    /// <summary>The parallel copies of <paramref name="s"/>'s phis for the edge from the current IR block, into <see cref="cur"/>.</summary>
    void EdgeCopies(IrBlock s)
    {
        var dst = new List<Operand>();
        var src = new List<Operand>();
        var pred = CurrentIrBlock.Handle;
        foreach (var phi in phisOf[s.Handle])
        {
            IrValue? inc = null;
            foreach (var e in phi.PhiIncoming) if (e.Block.Handle == pred) { inc = e.Value; break; }
            if (inc is null) throw new InvalidOperationException($"phi {phi} has no incoming value for its predecessor");
            dst.AddRange(values[phi.Handle]);
            src.AddRange(Vals(inc.Value));
        }
        ParallelCopy(dst, src);
    }

    /// <summary>dst[k] = src[k] for all k at once (sequentialised; cycles broken with a new virtual register).</summary>
    void ParallelCopy(IReadOnlyList<Operand> dstIn, IReadOnlyList<Operand> srcIn)
    {
        var pend = new List<(Operand D, Operand S)>();
        for (int k = 0; k < dstIn.Count; k++)
            if (dstIn[k] != srcIn[k]) pend.Add((dstIn[k], srcIn[k]));
        while (pend.Count > 0)
        {
            int ready = pend.FindIndex(p => !pend.Any(q => q.S == p.D));
            if (ready >= 0)
            {
                Copy(pend[ready].D, pend[ready].S);
                pend.RemoveAt(ready);
                continue;
            }
            // Only cycles remain: save one destination's old value and redirect its readers.
            var d = pend[0].D;
            var t = Operand.V(mf.NewVReg());
            Copy(t, d);
            for (int k = 0; k < pend.Count; k++) if (pend[k].S == d) pend[k] = (pend[k].D, t);
        }
    }

    void Branch(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        var succ = i.Successors;
        if (succ.Count == 1 || succ[0].Handle == succ[1].Handle)
        {
            if (succ.Count == 2 && ops[0].Kind == IrValueKind.Instruction && deferred.Contains(ops[0].Handle)) deferred.Remove(ops[0].Handle);
            EdgeCopies(succ[0]);
            cur.Term = new MTerm { Kind = TermKind.Jmp, T = blockOf[succ[0].Handle] };
            return;
        }
        var (op, a, b, neg) = Condition(ops[0]);
        var t = EdgeTarget(succ[0]);
        var f = EdgeTarget(succ[1]);
        if (a.IsConst && b.IsConst)
        {
            // A constant condition: keep only the edge taken (its copies are in the edge block).
            cur.Term = new MTerm { Kind = TermKind.Jmp, T = Semantics(op, a.Value, b.Value) ^ neg ? t : f };
            return;
        }
        cur.Term = new MTerm { Kind = TermKind.Br, Op = op, A = a, B = b, T = neg ? f : t, F = neg ? t : f };
    }

    void Switch(IrInstruction i)
    {
        var cond0 = i.Operands[0];
        if (parts.Of(cond0.Type).Length != 1) throw new UnsupportedException("a switch on an integer wider than 64 bits");
        int w = cond0.Type.IntegerWidth;
        var raw = Val(cond0);
        var memo = new Dictionary<nint, MBlock>();
        var deflt = EdgeTarget(i.SwitchDefault, memo);
        var cases = i.SwitchCases.Select(c => ((ulong)(c.Value & ulong.MaxValue), EdgeTarget(c.Target, memo))).OrderBy(c => c.Item1).ToArray();
        if (cases.Length == 0) { cur.Term = new MTerm { Kind = TermKind.Jmp, T = deflt }; return; }
        ulong min = cases[0].Item1, max = cases[^1].Item1;
        ulong range = max - min + 1;
        bool jumpTable = cases.Length >= 4 && range <= 4096 && range <= 3UL * (ulong)cases.Length;
        // A compare tree on an i32 whose zero extension is not free compares the low word (eq_w, ltu_w, §9.3).
        bool w32 = !jumpTable && w == 32 && !ExtensionFree(raw, 32, false);
        var cond = w32 ? raw : Zext(raw, w);
        if (cond.IsConst)
        {
            var hit = cases.FirstOrDefault(c => c.Item1 == cond.Value);
            cur.Term = new MTerm { Kind = TermKind.Jmp, T = hit.Item2 ?? deflt };
            return;
        }
        if (jumpTable)
        {
            // Jump table of instructions: range check, then pc = index + table (§1.5 set_pc); each entry jumps on.
            var idx = min == 0 ? cond : Emit(Opcode.Add, cond, Operand.Imm(0 - min));
            var table = mf.NewBlock(cur.Name + ".table");
            table.Depth = cur.Depth;
            cur.Term = new MTerm { Kind = TermKind.Br, Op = Opcode.Ltu, A = idx, B = Operand.Imm(range), T = table, F = deflt };
            var targets = new MBlock[range];
            for (ulong k = 0; k < range; k++) targets[k] = deflt;
            foreach (var (v, b) in cases) targets[v - min] = b;
            table.Term = new MTerm { Kind = TermKind.Table, A = idx, Targets = targets };
            return;
        }
        SwitchTree(cond, cases, 0, cases.Length, deflt, cur, w32);
    }

    void SwitchTree(Operand cond, (ulong V, MBlock B)[] cases, int lo, int hi, MBlock deflt, MBlock block, bool w32)
    {
        if (hi - lo <= 3)
        {
            var b = block;
            for (int k = lo; k < hi; k++)
            {
                var next = k + 1 < hi ? mf.NewBlock(block.Name + ".case") : deflt;
                if (k + 1 < hi) next.Depth = block.Depth;
                b.Term = new MTerm { Kind = TermKind.Br, Op = w32 ? Opcode.EqW : Opcode.Eq, A = cond, B = Operand.Imm(cases[k].V), T = cases[k].B, F = next };
                b = next;
            }
            return;
        }
        int mid = (lo + hi) / 2;
        var left = mf.NewBlock(block.Name + ".lt");
        var right = mf.NewBlock(block.Name + ".ge");
        left.Depth = right.Depth = block.Depth;
        block.Term = new MTerm { Kind = TermKind.Br, Op = w32 ? Opcode.LtuW : Opcode.Ltu, A = cond, B = Operand.Imm(cases[mid].V), T = left, F = right };
        SwitchTree(cond, cases, lo, mid, deflt, left, w32);
        SwitchTree(cond, cases, mid, hi, deflt, right, w32);
    }

    /// <summary>
    /// An indirect edge cannot be split at the branch, but it can at the target: a successor with phis that
    /// only this indirectbr reaches indirectly gets a landing block holding this edge's phi copies, and
    /// its block address (every blockaddress of it names the symbol) becomes the landing block's, so the
    /// jump runs only the copies of the block it goes to (a computed-goto interpreter with 32 handlers
    /// ran 62 copies per dispatch). Successors that several indirectbrs reach keep the copies before the jump.
    /// </summary>
    void IndirectBranch(IrInstruction i, IReadOnlyList<IrValue> ops)
    {
        var target = Val(ops[0]);
        indirectPreds ??= fn.Blocks.Select(b => b.Instructions.Last()).Where(t => t.Opcode == IrOpcode.IndirectBr)
            .SelectMany(t => t.Successors.Select(s => s.Handle).Distinct()).CountBy(h => h).ToDictionary();
        var ts = new List<MBlock>();
        foreach (var s in i.Successors.DistinctBy(s => s.Handle))
        {
            var b = blockOf[s.Handle];
            if (phisOf[s.Handle].Length > 0 && indirectPreds[s.Handle] == 1)
            {
                var land = EdgeTarget(s);
                land.Aliases.AddRange(b.Aliases);
                b.Aliases.Clear();
                land.AddressTaken = true;
                b.AddressTaken = false;
                ts.Add(land);
                continue;
            }
            EdgeCopies(s);
            b.AddressTaken = true;
            ts.Add(b);
        }
        cur.Term = new MTerm { Kind = TermKind.IndirectJmp, A = target, Targets = [.. ts] };
    }

    /// <summary>For each block, how many indirectbr instructions of the function list it as a successor.</summary>
    Dictionary<nint, int>? indirectPreds;

    void Return(Operand[] vals)
    {
        // The ABI returns narrow results extended as the function's return attribute says.
        var rt = fn.FunctionType.ReturnType;
        if (vals.Length == 1 && rt.Kind == IrTypeKind.Integer && rt.IntegerWidth < 64)
        {
            if (fn.HasAttribute(0, "signext")) vals = [Sext(vals[0], rt.IntegerWidth)];
            else if (fn.HasAttribute(0, "zeroext")) vals = [Zext(vals[0], rt.IntegerWidth)];
        }
        RestoreStack();
        cur.Term = new MTerm { Kind = TermKind.Ret, Values = vals };
    }

    void RestoreStack()
    {
        if (hasDynamicAlloca) Put(Opcode.CopyB, Operand.Zero, spAtEntry, Operand.M(abi.SpAddr));
        if (mf.StackFrameBytes > 0) Put(Opcode.Add, Operand.M(abi.SpAddr), Operand.Imm(mf.StackFrameBytes), Operand.M(abi.SpAddr));
    }

    /// <summary>Ends the current block with <paramref name="term"/> and continues in a fresh (unreachable) block.</summary>
    void EndBlock(MTerm term)
    {
        cur.Term = term;
        var dead = mf.NewBlock(cur.Name + ".after");
        cur = dead;
    }
}
