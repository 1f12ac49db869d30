using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>A non-owning view of a basic block.</summary>
public readonly unsafe record struct IrBlock(nint Handle)
{
    /// <summary>The block's label (empty for unnamed blocks).</summary>
    public string Name => NativeText.Borrowed(LlvmNative.LLVMGetBasicBlockName(Handle));

    /// <summary>The block as a value (what branch operands and blockaddress refer to).</summary>
    public IrValue AsValue => new(LlvmNative.LLVMBasicBlockAsValue(Handle));

    /// <summary>The function containing the block.</summary>
    public IrFunction Function => new(LlvmNative.LLVMGetBasicBlockParent(Handle));

    /// <summary>The instructions in order; the last is the terminator.</summary>
    public IEnumerable<IrInstruction> Instructions
    {
        get
        {
            var memo = IrFreeze.Current?.Instructions;
            if (memo is null) return Walk(Handle);
            if (!memo.TryGetValue(Handle, out var known)) memo[Handle] = known = Walk(Handle).ToArray();
            return known;
        }
    }

    /// <summary>The block's terminator (its last instruction), found without walking the block.</summary>
    public IrInstruction Terminator => new(LlvmNative.LLVMGetBasicBlockTerminator(Handle));

    static IEnumerable<IrInstruction> Walk(nint block)
    {
        for (nint i = LlvmNative.LLVMGetFirstInstruction(block); i != 0; i = LlvmNative.LLVMGetNextInstruction(i))
            yield return new IrInstruction(i);
    }

    /// <summary>The label for messages: the name, or the block's number in its function for unnamed blocks.</summary>
    public string Label
    {
        get
        {
            var n = Name;
            if (n.Length > 0) return n;
            int k = 0;
            foreach (var b in Function.Blocks) { if (b.Handle == Handle) return $"#{k}"; k++; }
            return "?";
        }
    }

    /// <inheritdoc/>
    public override string ToString() => Label;
}

/// <summary>A non-owning view of a function (defined or declared).</summary>
public readonly unsafe record struct IrFunction(nint Handle)
{
    /// <summary>The function as a value (its address).</summary>
    public IrValue Value => new(Handle);

    /// <summary>The symbol name.</summary>
    public string Name => Value.Name;

    /// <summary>True for a declaration (no body: defined elsewhere, an intrinsic or an undefined symbol).</summary>
    public bool IsDeclaration => LlvmNative.LLVMIsDeclaration(Handle) != 0;

    /// <summary>True for an LLVM intrinsic (<c>llvm.*</c>). Identified by name: numeric IDs change between LLVM versions.</summary>
    public bool IsIntrinsic => Name.StartsWith("llvm.", StringComparison.Ordinal);

    /// <summary>The function's type (return and parameter types, varargs).</summary>
    public IrType FunctionType => new(LlvmNative.LLVMGlobalGetValueType(Handle));

    /// <summary>True for a variadic function.</summary>
    public bool IsVarArg => FunctionType.IsVarArg;

    /// <summary>The formal parameters.</summary>
    public IReadOnlyList<IrValue> Parameters
    {
        get
        {
            uint n = LlvmNative.LLVMCountParams(Handle);
            var r = new IrValue[n];
            for (uint i = 0; i < n; i++) r[i] = new IrValue(LlvmNative.LLVMGetParam(Handle, i));
            return r;
        }
    }

    /// <summary>True if the enum attribute <paramref name="name"/> (e.g. "signext") is on the return value
    /// (<paramref name="index"/> 0) or on parameter index−1 (LLVM's attribute index).</summary>
    public bool HasAttribute(uint index, string name) => LlvmNative.LLVMGetEnumAttributeAtIndex(Handle, index, AttributeKinds.Of(name)) != 0;

    /// <summary>The basic blocks in layout order; the first is the entry block.</summary>
    public IEnumerable<IrBlock> Blocks
    {
        get
        {
            for (nint b = LlvmNative.LLVMGetFirstBasicBlock(Handle); b != 0; b = LlvmNative.LLVMGetNextBasicBlock(b))
                yield return new IrBlock(b);
        }
    }

    /// <summary>Every instruction of every block.</summary>
    public IEnumerable<IrInstruction> Instructions => Blocks.SelectMany(b => b.Instructions);

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}

/// <summary>A non-owning view of a global variable.</summary>
public readonly unsafe record struct IrGlobal(nint Handle)
{
    /// <summary>The global as a value (its address).</summary>
    public IrValue Value => new(Handle);

    /// <summary>The symbol name.</summary>
    public string Name => Value.Name;

    /// <summary>True for an external declaration (no initialiser).</summary>
    public bool IsDeclaration => LlvmNative.LLVMIsDeclaration(Handle) != 0;

    /// <summary>True for a <c>constant</c> global (read-only data).</summary>
    public bool IsConstant => LlvmNative.LLVMIsGlobalConstant(Handle) != 0;

    /// <summary>The type of the global's contents.</summary>
    public IrType ValueType => new(LlvmNative.LLVMGlobalGetValueType(Handle));

    /// <summary>The explicit alignment in bytes (0 when the IR gives none: then use the data layout's).</summary>
    public uint Alignment => LlvmNative.LLVMGetAlignment(Handle);

    /// <summary>The initialiser, or null for a declaration.</summary>
    public IrValue? Initializer => LlvmNative.LLVMGetInitializer(Handle) is var h && h != 0 ? new IrValue(h) : null;

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}

/// <summary>Enum attribute kinds by name (LLVM numbers them per version: look them up, never hard-code).</summary>
public static unsafe class AttributeKinds
{
    static readonly System.Collections.Concurrent.ConcurrentDictionary<string, uint> kinds = new();

    /// <summary>The kind number of an enum attribute (0 if LLVM does not know the name).</summary>
    public static uint Of(string name) => kinds.GetOrAdd(name, n =>
    {
        var b = System.Text.Encoding.ASCII.GetBytes(n);
        fixed (byte* p = b) return LlvmNative.LLVMGetEnumAttributeKindForName(p, (nuint)b.Length);
    });
}
