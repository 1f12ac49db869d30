using System.Numerics;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>One case of a <c>switch</c>: the case value (zero-extended to the condition's width) and its target.</summary>
public readonly record struct IrSwitchCase(BigInteger Value, IrBlock Target);

/// <summary>One incoming edge of a <c>phi</c>.</summary>
public readonly record struct IrPhiIncoming(IrValue Value, IrBlock Block);

/// <summary>Inline assembly called by a <c>call</c>/<c>callbr</c>: its text and constraint string.</summary>
public readonly record struct IrInlineAsm(string AsmText, string Constraints)
{
    /// <summary>True if the asm text has no instructions (e.g. <c>asm("" : "+r"(x))</c>, an optimisation barrier).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(AsmText);
}

/// <summary>A source position from an instruction's <c>!dbg</c> attachment.</summary>
public readonly record struct IrDebugLocation(string Directory, string File, int Line, int Column)
{
    /// <summary>"file:line:col" (or "file:line" without a column), as compilers print it.</summary>
    public override string ToString() => Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}";
}

/// <summary>
/// A non-owning view of an instruction, with the accessors the backend needs: opcode, operands and
/// types, switch cases (in LLVM 22 the case values are not operands: read them with
/// LLVMGetSwitchCaseValue), phi edges, GEP source element type, call targets and intrinsic names,
/// inline asm, debug location.
/// </summary>
public readonly unsafe record struct IrInstruction(nint Handle)
{
    /// <summary>The instruction as a plain value (its result).</summary>
    public IrValue Value => new(Handle);

    /// <summary>The opcode.</summary>
    public IrOpcode Opcode => (IrOpcode)LlvmNative.LLVMGetInstructionOpcode(Handle);

    /// <summary>The result type (void for store, br, …).</summary>
    public IrType Type => Value.Type;

    /// <summary>The result name (empty for unnamed results).</summary>
    public string Name => Value.Name;

    /// <summary>The operands, as LLVM orders them (for a call: the arguments, then the callee).</summary>
    public IReadOnlyList<IrValue> Operands => Value.Operands;

    /// <summary>The block containing the instruction.</summary>
    public IrBlock Block => new(LlvmNative.LLVMGetInstructionParent(Handle));

    /// <summary>The predicate of an <c>icmp</c>.</summary>
    public IrIntPredicate IntPredicate => Opcode == IrOpcode.ICmp ? (IrIntPredicate)LlvmNative.LLVMGetICmpPredicate(Handle) : IrIntPredicate.None;

    /// <summary>The predicate of an <c>fcmp</c>.</summary>
    public IrRealPredicate RealPredicate => Opcode == IrOpcode.FCmp ? (IrRealPredicate)LlvmNative.LLVMGetFCmpPredicate(Handle) : IrRealPredicate.False;

    /// <summary>The successor blocks of a terminator (for a switch: the default first, then each case).</summary>
    public IReadOnlyList<IrBlock> Successors
    {
        get
        {
            uint n = LlvmNative.LLVMGetNumSuccessors(Handle);
            var r = new IrBlock[n];
            for (uint i = 0; i < n; i++) r[i] = new IrBlock(LlvmNative.LLVMGetSuccessor(Handle, i));
            return r;
        }
    }

    /// <summary>The default destination of a <c>switch</c>.</summary>
    public IrBlock SwitchDefault => Opcode == IrOpcode.Switch ? new IrBlock(LlvmNative.LLVMGetSwitchDefaultDest(Handle)) : throw NotA("switch");

    /// <summary>The cases of a <c>switch</c>, in IR order (successor i ≥ 1 is case i).</summary>
    public IReadOnlyList<IrSwitchCase> SwitchCases
    {
        get
        {
            if (Opcode != IrOpcode.Switch) throw NotA("switch");
            uint n = LlvmNative.LLVMGetNumSuccessors(Handle);
            var r = new IrSwitchCase[n - 1];
            for (uint i = 1; i < n; i++)
                r[i - 1] = new IrSwitchCase(new IrValue(LlvmNative.LLVMGetSwitchCaseValue(Handle, i)).UnsignedInteger,
                                            new IrBlock(LlvmNative.LLVMGetSuccessor(Handle, i)));
            return r;
        }
    }

    /// <summary>The incoming values and blocks of a <c>phi</c>.</summary>
    public IReadOnlyList<IrPhiIncoming> PhiIncoming
    {
        get
        {
            if (Opcode != IrOpcode.Phi) throw NotA("phi");
            uint n = LlvmNative.LLVMCountIncoming(Handle);
            var r = new IrPhiIncoming[n];
            for (uint i = 0; i < n; i++)
                r[i] = new IrPhiIncoming(new IrValue(LlvmNative.LLVMGetIncomingValue(Handle, i)), new IrBlock(LlvmNative.LLVMGetIncomingBlock(Handle, i)));
            return r;
        }
    }

    /// <summary>The source element type of a <c>getelementptr</c> (pointers are opaque: the indices step over this type).</summary>
    public IrType GepSourceElementType => Opcode == IrOpcode.GetElementPtr ? new IrType(LlvmNative.LLVMGetGEPSourceElementType(Handle)) : throw NotA("getelementptr");

    /// <summary>The allocated type of an <c>alloca</c>.</summary>
    public IrType AllocatedType => Opcode == IrOpcode.Alloca ? new IrType(LlvmNative.LLVMGetAllocatedType(Handle)) : throw NotA("alloca");

    /// <summary>The constant indices of <c>extractvalue</c>/<c>insertvalue</c>.</summary>
    public IReadOnlyList<uint> AggregateIndices
    {
        get
        {
            if (Opcode is not (IrOpcode.ExtractValue or IrOpcode.InsertValue)) throw NotA("extractvalue/insertvalue");
            uint n = LlvmNative.LLVMGetNumIndices(Handle);
            uint* p = LlvmNative.LLVMGetIndices(Handle); // borrowed from the instruction
            return new ReadOnlySpan<uint>(p, (int)n).ToArray();
        }
    }

    /// <summary>The alignment in bytes of a load, store or alloca (0 when none is given).</summary>
    public uint Alignment => Opcode is IrOpcode.Load or IrOpcode.Store or IrOpcode.Alloca ? LlvmNative.LLVMGetAlignment(Handle) : 0;

    /// <summary>The nsw flag of add/sub/mul/shl.</summary>
    public bool NoSignedWrap => Opcode is IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul or IrOpcode.Shl && LlvmNative.LLVMGetNSW(Handle) != 0;

    /// <summary>The nneg flag of zext/uitofp (the operand is known non-negative).</summary>
    public bool NonNegative => Opcode is IrOpcode.ZExt or IrOpcode.UIToFP && LlvmNative.LLVMGetNNeg(Handle) != 0;

    /// <summary>The disjoint flag of or (no bit set in both operands: the or is an add).</summary>
    public bool IsDisjoint => Opcode == IrOpcode.Or && LlvmNative.LLVMGetIsDisjoint(Handle) != 0;

    /// <summary>The nuw flag of add/sub/mul/shl.</summary>
    public bool NoUnsignedWrap => Opcode is IrOpcode.Add or IrOpcode.Sub or IrOpcode.Mul or IrOpcode.Shl && LlvmNative.LLVMGetNUW(Handle) != 0;

    /// <summary>True if a call site carries the enum attribute <paramref name="name"/> on its result
    /// (<paramref name="index"/> 0) or on argument index−1.</summary>
    public bool CallSiteHasAttribute(uint index, string name) => IsCallLike && LlvmNative.LLVMGetCallSiteEnumAttribute(Handle, index, AttributeKinds.Of(name)) != 0;

    /// <summary>True for call, invoke and callbr.</summary>
    public bool IsCallLike => Opcode is IrOpcode.Call or IrOpcode.Invoke or IrOpcode.CallBr;

    /// <summary>The called operand of a call-like instruction (a function, inline asm, or any pointer value).</summary>
    public IrValue CalledValue => IsCallLike ? new IrValue(LlvmNative.LLVMGetCalledValue(Handle)) : throw NotA("call");

    /// <summary>The function type of the call (what the call site says, which may differ from the callee's declared type).</summary>
    public IrType CalledFunctionType => IsCallLike ? new IrType(LlvmNative.LLVMGetCalledFunctionType(Handle)) : throw NotA("call");

    /// <summary>The called function for a direct call, else null (indirect call or inline asm).</summary>
    public IrFunction? DirectCallee => IsCallLike && CalledValue is { Kind: IrValueKind.Function } f ? new IrFunction(f.Handle) : null;

    /// <summary>True for a call through a pointer (neither a function nor inline asm).</summary>
    public bool IsIndirectCall => IsCallLike && CalledValue.Kind is not (IrValueKind.Function or IrValueKind.InlineAsm);

    /// <summary>The argument operands of a call-like instruction.</summary>
    public IReadOnlyList<IrValue> CallArguments
    {
        get
        {
            if (!IsCallLike) throw NotA("call");
            uint n = LlvmNative.LLVMGetNumArgOperands(Handle);
            var r = new IrValue[n];
            for (uint i = 0; i < n; i++) r[i] = new IrValue(LlvmNative.LLVMGetOperand(Handle, i));
            return r;
        }
    }

    /// <summary>The full intrinsic name of a direct call to an intrinsic (e.g. "llvm.memcpy.p0.p0.i64"), else null.</summary>
    public string? IntrinsicName => DirectCallee is { IsIntrinsic: true } f ? f.Name : null;

    /// <summary>The intrinsic family without type suffixes (e.g. "llvm.memcpy"), else null. See <see cref="Intrinsics.Family"/>.</summary>
    public string? IntrinsicFamily => IntrinsicName is { } n ? Intrinsics.Family(n) : null;

    /// <summary>The inline asm called by this instruction, or null.</summary>
    public IrInlineAsm? InlineAsm
    {
        get
        {
            if (!IsCallLike) return null;
            var callee = CalledValue;
            if (callee.Kind != IrValueKind.InlineAsm) return null;
            nuint al, cl;
            byte* a = LlvmNative.LLVMGetInlineAsmAsmString(callee.Handle, &al);        // borrowed
            byte* c = LlvmNative.LLVMGetInlineAsmConstraintString(callee.Handle, &cl); // borrowed
            return new IrInlineAsm(NativeText.Borrowed(a, al), NativeText.Borrowed(c, cl));
        }
    }

    /// <summary>True for an atomic instruction (atomic load/store, atomicrmw, cmpxchg, fence).</summary>
    public bool IsAtomic => LlvmNative.LLVMIsAtomic(Handle) != 0;

    /// <summary>True for a volatile load/store/atomic.</summary>
    public bool IsVolatile => Opcode is IrOpcode.Load or IrOpcode.Store or IrOpcode.AtomicRMW or IrOpcode.AtomicCmpXchg
                              && LlvmNative.LLVMGetVolatile(Handle) != 0;

    /// <summary>The source position of the instruction's <c>!dbg</c>, or null when it has none.</summary>
    public IrDebugLocation? DebugLocation
    {
        get
        {
            // Ask for the line first: the filename accessors assert on instructions without a location.
            uint line = LlvmNative.LLVMGetDebugLocLine(Handle);
            if (line == 0) return null;
            uint fl = 0, dl = 0;
            byte* f = LlvmNative.LLVMGetDebugLocFilename(Handle, &fl);  // borrowed from the metadata
            byte* d = LlvmNative.LLVMGetDebugLocDirectory(Handle, &dl);
            return new IrDebugLocation(NativeText.Borrowed(d, dl), NativeText.Borrowed(f, fl), (int)line, (int)LlvmNative.LLVMGetDebugLocColumn(Handle));
        }
    }

    /// <summary>The instruction's text as LLVM prints it (one line, without its <c>!dbg</c> and other attachments' bodies).</summary>
    public override string ToString() => Value.ToString();

    InvalidOperationException NotA(string what) => new($"instruction '{this}' is not a {what}");
}
