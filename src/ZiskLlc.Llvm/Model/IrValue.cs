using System.Globalization;
using System.Numerics;
using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// A non-owning view of any LLVM value: argument, constant, global, function, instruction, inline
/// asm, basic block. Valid while its <see cref="LlvmSession"/> lives. The typed views
/// (<see cref="IrInstruction"/>, <see cref="IrFunction"/>, <see cref="IrGlobal"/>) wrap the same handle.
/// </summary>
public readonly unsafe record struct IrValue(nint Handle)
{
    /// <summary>What kind of value this is.</summary>
    public IrValueKind Kind => (IrValueKind)LlvmNative.LLVMGetValueKind(Handle);

    /// <summary>The value's type.</summary>
    public IrType Type => new(LlvmNative.LLVMTypeOf(Handle));

    /// <summary>The value's name without sigil (empty for unnamed values). Borrowed from LLVM, copied.</summary>
    public string Name
    {
        get { nuint len; byte* s = LlvmNative.LLVMGetValueName2(Handle, &len); return NativeText.Borrowed(s, len); }
    }

    /// <summary>True for <c>undef</c> (not poison: LLVM's IsUndef is true for both, so poison is excluded here).</summary>
    public bool IsUndef => Kind == IrValueKind.Undef;

    /// <summary>True for <c>poison</c>.</summary>
    public bool IsPoison => Kind == IrValueKind.Poison;

    /// <summary>True for any constant (including globals and functions, whose address is constant).</summary>
    public bool IsConstant => Kind is >= IrValueKind.Function and <= IrValueKind.ConstantTokenNone
        or IrValueKind.Poison or IrValueKind.ConstantTargetNone or IrValueKind.ConstantPtrAuth;

    /// <summary>True for an integer constant (<c>ConstantInt</c>) of any width.</summary>
    public bool IsConstantInt => Kind == IrValueKind.ConstantInt;

    /// <summary>The users of this value (instructions, constant expressions, …), once per use, in LLVM's use-list order.</summary>
    public IEnumerable<IrValue> Users
    {
        get
        {
            for (nint u = LlvmNative.LLVMGetFirstUse(Handle); u != 0; u = LlvmNative.LLVMGetNextUse(u))
                yield return new IrValue(LlvmNative.LLVMGetUser(u));
        }
    }

    /// <summary>The operands of a user (instruction or constant expression / aggregate).</summary>
    public IReadOnlyList<IrValue> Operands
    {
        get
        {
            var memo = IrFreeze.Current?.Operands;
            if (memo is not null && memo.TryGetValue(Handle, out var known)) return known;
            int n = LlvmNative.LLVMGetNumOperands(Handle);
            var r = new IrValue[Math.Max(n, 0)];
            for (int i = 0; i < r.Length; i++) r[i] = new IrValue(LlvmNative.LLVMGetOperand(Handle, (uint)i));
            if (memo is not null) memo[Handle] = r;
            return r;
        }
    }

    /// <summary>The opcode of a constant expression (e.g. GetElementPtr, PtrToInt, Add).</summary>
    public IrOpcode ConstantExprOpcode => Kind == IrValueKind.ConstantExpr ? (IrOpcode)LlvmNative.LLVMGetConstOpcode(Handle) : IrOpcode.None;

    /// <summary>
    /// The value of an integer constant of any width, zero-extended (0 ≤ v &lt; 2^width). The C API
    /// has no word accessor for wide APInts (LLVMConstIntGetZExtValue is only defined up to 64 bits),
    /// so wider constants are read from LLVM's printed form, which is the exact signed decimal value.
    /// </summary>
    public BigInteger UnsignedInteger
    {
        get
        {
            int w = RequireInt();
            if (w <= 64) return new BigInteger(LlvmNative.LLVMConstIntGetZExtValue(Handle));
            var v = PrintedDecimal();
            return v.Sign < 0 ? v + (BigInteger.One << w) : v;
        }
    }

    /// <summary>The value of an integer constant of any width, sign-extended (-2^(width-1) ≤ v &lt; 2^(width-1)).</summary>
    public BigInteger SignedInteger
    {
        get
        {
            int w = RequireInt();
            var u = UnsignedInteger;
            return u >= BigInteger.One << (w - 1) ? u - (BigInteger.One << w) : u;
        }
    }

    /// <summary>The little-endian 64-bit words of an integer constant (⌈width/64⌉ words; the top word zero-extended).</summary>
    public ulong[] IntegerWords
    {
        get
        {
            int w = RequireInt();
            var u = UnsignedInteger;
            var r = new ulong[(w + 63) / 64];
            for (int i = 0; i < r.Length; i++) r[i] = (ulong)((u >> (64 * i)) & ulong.MaxValue);
            return r;
        }
    }

    /// <summary>The bit pattern of a float (32 bits) or double (64 bits) constant, zero-extended; null for other types.</summary>
    public ulong? FloatBits
    {
        get
        {
            if (Kind != IrValueKind.ConstantFP) return null;
            int loses;
            double d = LlvmNative.LLVMConstRealGetDouble(Handle, &loses);
            return Type.Kind switch
            {
                IrTypeKind.Double => (ulong)BitConverter.DoubleToInt64Bits(d),
                IrTypeKind.Float => BitConverter.SingleToUInt32Bits((float)d),
                _ => null,
            };
        }
    }

    /// <summary>The source element type of a <c>getelementptr</c> instruction or constant expression (LLVMGetGEPSourceElementType takes either).</summary>
    public IrType GepSourceElementType =>
        (Kind == IrValueKind.ConstantExpr && ConstantExprOpcode == IrOpcode.GetElementPtr)
        || (Kind == IrValueKind.Instruction && AsInstruction.Opcode == IrOpcode.GetElementPtr)
            ? new IrType(LlvmNative.LLVMGetGEPSourceElementType(Handle))
            : throw new InvalidOperationException($"{this} is not a getelementptr");

    /// <summary>This value as an instruction view (check <see cref="Kind"/> first).</summary>
    public IrInstruction AsInstruction => Kind == IrValueKind.Instruction ? new IrInstruction(Handle) : throw new InvalidOperationException($"{this} is not an instruction");

    /// <summary>This value as a function view.</summary>
    public IrFunction AsFunction => Kind == IrValueKind.Function ? new IrFunction(Handle) : throw new InvalidOperationException($"{this} is not a function");

    /// <summary>This value as a global variable view.</summary>
    public IrGlobal AsGlobal => Kind == IrValueKind.GlobalVariable ? new IrGlobal(Handle) : throw new InvalidOperationException($"{this} is not a global variable");

    /// <summary>The aggregate element <paramref name="index"/> of a constant array/struct/vector/zeroinitializer/undef/poison.</summary>
    public IrValue AggregateElement(uint index) => new(LlvmNative.LLVMGetAggregateElement(Handle, index));

    /// <summary>The raw little-endian bytes of a ConstantDataArray/Vector (i8…i64 elements), or null for other values.</summary>
    internal ReadOnlySpan<byte> RawData
    {
        get
        {
            if (LlvmNative.LLVMIsAConstantDataSequential(Handle) == 0) return default;
            nuint n;
            byte* p = LlvmNative.LLVMGetRawDataValues(Handle, &n); // borrowed from the constant
            return new ReadOnlySpan<byte>(p, checked((int)n));
        }
    }

    /// <summary>The function and block of a <c>blockaddress</c> constant.</summary>
    public (IrFunction Function, IrBlock Block) BlockAddressTarget => Kind == IrValueKind.BlockAddress
        ? (new IrFunction(LlvmNative.LLVMGetBlockAddressFunction(Handle)), new IrBlock(LlvmNative.LLVMGetBlockAddressBasicBlock(Handle)))
        : throw new InvalidOperationException($"{this} is not a blockaddress");

    /// <summary>LLVM's textual form of the value (for an instruction: the instruction line).</summary>
    public override string ToString() => Handle == 0 ? "<null>" : NativeText.TakeMessage(LlvmNative.LLVMPrintValueToString(Handle)).Trim();

    int RequireInt()
    {
        if (Kind != IrValueKind.ConstantInt) throw new InvalidOperationException($"{this} is not an integer constant");
        return Type.IntegerWidth;
    }

    BigInteger PrintedDecimal()
    {
        // "i128 -170141183460469231731687303715884105728"; i1 prints as true/false (never > 64 bits).
        var s = ToString();
        int sp = s.LastIndexOf(' ');
        return BigInteger.Parse(s[(sp + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }
}
