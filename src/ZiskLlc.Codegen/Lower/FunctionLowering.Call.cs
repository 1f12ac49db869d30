using ZiskLlc.Codegen.Mir;
using ZiskLlc.Isa;
using ZiskLlc.Llvm;

namespace ZiskLlc.Codegen.Lower;

// Calls: ordinary calls (arguments as parts in the ABI's locations, variadic arguments in a memory
// area whose address is the hidden last argument), the guest ABI functions implemented inline
// (guest ABI §3–§4: UART store, output words, input, precompiles and DMA, spec §3.3–§3.4), inline asm.
public sealed partial class FunctionLowering
{
    void Call(IrInstruction i)
    {
        if (i.InlineAsm is { } asm) { InlineAsm(i, asm); return; }
        if (i.IntrinsicFamily is { } fam) { Intrinsic(i, fam); return; }
        var callee = i.DirectCallee;
        string? name = null;
        if (callee is { } cf) name = mc.Resolve(cf.Name).Sym;
        else if (i.CalledValue.Kind == IrValueKind.GlobalAlias) name = mc.Resolve(i.CalledValue.Name).Sym;
        if (name is not null && !mc.Defined.ContainsKey(name))
        {
            if (ModuleContext.AbiFunctions.Contains(name)) { AbiCall(i, name); return; }
            throw new UnsupportedException($"call of undefined function '{name}'");
        }
        var ft = i.CalledFunctionType;
        int fixedCount = ft.ParameterTypes.Count;
        var args = i.CallArguments;
        var argParts = new List<Operand>();
        var calleeDef = name is not null && mc.Defined.TryGetValue(name, out var cd) ? cd : (IrFunction?)null;
        for (int k = 0; k < fixedCount; k++)
        {
            var ap = Vals(args[k]);
            var at = args[k].Type;
            if (ap.Length == 1 && at.Kind == IrTypeKind.Integer && at.IntegerWidth < 64)
            {
                // Extend narrow arguments as the call site or the callee's definition asks (the callee relies on it).
                uint idx = (uint)k + 1;
                if (i.CallSiteHasAttribute(idx, "signext") || calleeDef?.HasAttribute(idx, "signext") == true) ap = [Sext(ap[0], at.IntegerWidth)];
                else if (i.CallSiteHasAttribute(idx, "zeroext") || calleeDef?.HasAttribute(idx, "zeroext") == true) ap = [Zext(ap[0], at.IntegerWidth)];
            }
            argParts.AddRange(ap);
        }
        if (ft.IsVarArg) argParts.Add(VarArgs(args.Skip(fixedCount).ToList()));
        var results = NewParts(ft.ReturnType);
        var target = name is not null ? Operand.Addr(name) : Val(i.CalledValue);
        cur.Insts.Add(new MInst
        {
            Kind = MKind.Call, Callee = target, Args = argParts.ToArray(), Results = results,
            Reentrant = mc.MayReenter(fn.Name, name),
        });
        Set(i, results);
        var rt = ft.ReturnType;
        if (results.Length == 1 && rt.Kind == IrTypeKind.Integer && rt.IntegerWidth < 64)
        {
            bool sx = calleeDef is not null ? calleeDef.Value.HasAttribute(0, "signext") : i.CallSiteHasAttribute(0, "signext");
            bool zx = calleeDef is not null ? calleeDef.Value.HasAttribute(0, "zeroext") : i.CallSiteHasAttribute(0, "zeroext");
            if (sx) facts[results[0].VRegId] = new Fact(true, rt.IntegerWidth);
            else if (zx) facts[results[0].VRegId] = new Fact(false, rt.IntegerWidth);
        }
    }

    /// <summary>A call of a runtime function the lowering itself introduces (i128 division).</summary>
    Operand[] RuntimeCall(string name, Operand[] args, int results)
    {
        if (!mc.Defined.ContainsKey(name))
            throw new UnsupportedException($"needs the runtime function '{name}', which is not linked into the program");
        var r = Enumerable.Range(0, results).Select(_ => Operand.V(mf.NewVReg())).ToArray();
        cur.Insts.Add(new MInst { Kind = MKind.Call, Callee = Operand.Addr(name), Args = args, Results = r, Reentrant = mc.MayReenter(fn.Name, name) });
        return r;
    }

    /// <summary>Variadic arguments: 8-byte slots (16-aligned for 16-aligned types, as RISC-V's va_arg expects) in the caller's area.</summary>
    Operand VarArgs(List<IrValue> extra)
    {
        long off = 0;
        string area = fn.Name + "$va";
        foreach (var a in extra)
        {
            var ps = Vals(a);
            if (parts.Layout.AbiAlignment(a.Type) >= 16) off = (off + 15) / 16 * 16;
            foreach (var p in ps) { Put(Opcode.CopyB, Operand.Zero, p, Operand.M(area, off)); off += 8; }
        }
        mf.VaAreaBytes = Math.Max(mf.VaAreaBytes, Math.Max(off, 8));
        return Operand.Addr(area);
    }

    void InlineAsm(IrInstruction i, IrInlineAsm asm)
    {
        if (!asm.IsEmpty)
        {
            if (ZiskAsm(i, asm)) return;
            throw new UnsupportedException($"inline assembly \"{asm.AsmText.Trim()}\" (the direct route supports an empty asm barrier and ZisK's precompile and free-input CSR instructions, spec §5.9)");
        }
        if (i.Type.Kind == IrTypeKind.Void) return;
        // An empty asm with an output returns the input tied to it ("=r,0"), as black_box-style barriers do.
        var cons = asm.Constraints.Split(',');
        var inputs = cons.Where(c => !c.StartsWith('=') && !c.StartsWith('~')).ToList();
        var args = i.CallArguments;
        int tied = inputs.FindIndex(c => c.Length > 0 && char.IsDigit(c[0]));
        if (tied >= 0 && tied < args.Count) { Set(i, Vals(args[tied])); return; }
        if (args.Count == 1 && parts.Of(args[0].Type).Length == parts.Of(i.Type).Length) { Set(i, Vals(args[0])); return; }
        Set(i, parts.Of(i.Type).Select(_ => Operand.Zero).ToArray());
    }

    // ---------------------------------------------------------------- guest ABI functions (inline)

    void AbiCall(IrInstruction i, string name)
    {
        var a = i.CallArguments;
        switch (name)
        {
            case "zisk_putchar":
                // One byte store at UART_ADDR prints it (§4.3).
                Put(Opcode.CopyB, Operand.Imm(MemoryMap.UartAddr), Val(a[0]), Operand.Ind(0, 1));
                return;
            case "zisk_exit":
                Put(Opcode.CopyB, Operand.Imm(MemoryMap.OutputAddr), Val(a[0]), Operand.Ind(0, 4));
                EndBlock(new MTerm { Kind = TermKind.Exit });
                return;
            case "zisk_set_output":
            {
                var idx = Val(a[0]);
                if (idx.IsConst) Put(Opcode.CopyB, Operand.Zero, Val(a[1]), Operand.Ind((long)MemoryMap.OutputAddr + 4 * (long)(idx.Value & 0xFFFFFFFF), 4));
                else
                {
                    var off = Emit(Opcode.Sll, Zext(idx, 32), Operand.Imm(2));
                    Put(Opcode.CopyB, off, Val(a[1]), Operand.Ind((long)MemoryMap.OutputAddr, 4));
                }
                return;
            }
            case "zisk_input":
                // *len = the u64 at INPUT_ADDR + 8 (one step: b from memory, stored through a); returns INPUT_ADDR + 16.
                Put(Opcode.CopyB, Val(a[0]), Operand.M(MemoryMap.InputAddr + 8), Operand.Ind(0, 8));
                Set(i, Operand.Imm(MemoryMap.InputAddr + 16));
                return;
            case "zisk_keccakf":
                Put(Opcode.Keccak, Operand.Zero, Val(a[0]), Operand.None);
                return;
            case "zisk_sha256f":
                Put(Opcode.CopyB, Operand.Zero, Val(a[0]), Operand.M(abi.Sha256Params));
                Put(Opcode.CopyB, Operand.Zero, Val(a[1]), Operand.M(abi.Sha256Params + 8));
                Put(Opcode.Sha256, Operand.Zero, Operand.Imm(abi.Sha256Params), Operand.None);
                return;
            case "memcpy" or "memmove":
                Copy(Val(a[0]), Val(a[1]), a[2]);
                Set(i, Val(a[0]));
                return;
            case "memset":
                Fill(Val(a[0]), Val(a[1]), a[2]);
                Set(i, Val(a[0]));
                return;
            case "memcmp" or "bcmp":
            {
                var n = Count(a[2]);
                var r = n.IsConst ? Emit(Opcode.DmaXMemCmp, Val(a[0]), Val(a[1]), null, (long)n.Value)
                    : CountThen(n, () => Emit(Opcode.DmaMemCmp, Val(a[0]), Val(a[1])));
                Set(i, r);
                return;
            }
        }
        throw new UnsupportedException($"guest ABI function '{name}'");
    }

    Operand Count(IrValue n) => Zext(Val(n), n.Type.IntegerWidth);

    T CountThen<T>(Operand n, Func<T> op)
    {
        // The non-x DMA forms read their count from EXTRA_PARAMS_ADDR (§3.4).
        Put(Opcode.CopyB, Operand.Zero, n, Operand.M(MemoryMap.ExtraParamsAddr));
        return op();
    }

    /// <summary>memcpy/memmove: one DMA step (overlap-safe, §3.4).</summary>
    void Copy(Operand dst, Operand src, IrValue len)
    {
        var n = Count(len);
        if (n.IsConst) Put(Opcode.DmaXMemCpy, dst, src, Operand.None, (long)n.Value);
        else CountThen(n, () => { Put(Opcode.DmaMemCpy, dst, src, Operand.None); return 0; });
    }

    /// <summary>
    /// memset: one dma_xmemset. It takes its fill byte in jmp_offset1, a constant of the instruction
    /// (§3.4), so a byte known only at run time dispatches through a 256-entry jump table whose entry k
    /// is the memset with byte k (as ZisK's own memset does): the byte's mask, the dispatch and the
    /// memset itself (the emitter moves each target's first instruction into its table entry).
    /// </summary>
    void Fill(Operand dst, Operand val, IrValue len)
    {
        var n = Count(len);
        if (val.IsConst) { Put(Opcode.DmaXMemSet, dst, n, Operand.None, (long)(val.Value & 0xFF)); return; }
        var idx = Emit(Opcode.And, val, Operand.Imm(0xFF), new Fact(false, 8));
        var join = mf.NewBlock(cur.Name + ".fill");
        join.Depth = cur.Depth;
        var targets = new MBlock[256];
        for (int k = 0; k < 256; k++)
        {
            var b = targets[k] = mf.NewBlock($"{cur.Name}.fill{k}");
            b.Depth = cur.Depth;
            b.Insts.Add(MInst.Make(Opcode.DmaXMemSet, dst, n, Operand.None, k));
            b.Term = new MTerm { Kind = TermKind.Jmp, T = join };
        }
        cur.Term = new MTerm { Kind = TermKind.Table, A = idx, Targets = targets };
        cur = join;
    }
}
