using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// A non-owning view of an LLVM type (types belong to the session's context and live as long as
/// it). Equality is identity of the underlying LLVMTypeRef, which LLVM uniques per context.
/// </summary>
public readonly unsafe record struct IrType(nint Handle)
{
    /// <summary>The type's kind.</summary>
    public IrTypeKind Kind => (IrTypeKind)LlvmNative.LLVMGetTypeKind(Handle);

    /// <summary>The width in bits of an integer type.</summary>
    public int IntegerWidth => Kind == IrTypeKind.Integer ? (int)LlvmNative.LLVMGetIntTypeWidth(Handle) : throw Wrong("an integer");

    /// <summary>True for half, bfloat, float, double, x86_fp80, fp128 and ppc_fp128.</summary>
    public bool IsFloatingPoint => Kind is IrTypeKind.Half or IrTypeKind.BFloat or IrTypeKind.Float or IrTypeKind.Double
        or IrTypeKind.X86Fp80 or IrTypeKind.Fp128 or IrTypeKind.PpcFp128;

    /// <summary>True for fixed and scalable vectors.</summary>
    public bool IsVector => Kind is IrTypeKind.Vector or IrTypeKind.ScalableVector;

    /// <summary>The element types of a struct.</summary>
    public IReadOnlyList<IrType> StructElements
    {
        get
        {
            if (Kind != IrTypeKind.Struct) throw Wrong("a struct");
            uint n = LlvmNative.LLVMCountStructElementTypes(Handle);
            var r = new IrType[n];
            for (uint i = 0; i < n; i++) r[i] = new IrType(LlvmNative.LLVMStructGetTypeAtIndex(Handle, i));
            return r;
        }
    }

    /// <summary>True for a packed struct (<c>&lt;{ … }&gt;</c>).</summary>
    public bool IsPackedStruct => Kind == IrTypeKind.Struct && LlvmNative.LLVMIsPackedStruct(Handle) != 0;

    /// <summary>True for an opaque (body-less) struct, which has no size.</summary>
    public bool IsOpaqueStruct => Kind == IrTypeKind.Struct && LlvmNative.LLVMIsOpaqueStruct(Handle) != 0;

    /// <summary>The name of a named struct (e.g. "struct.list_head"), or empty for a literal struct.</summary>
    public string StructName => Kind == IrTypeKind.Struct ? NativeText.Borrowed(LlvmNative.LLVMGetStructName(Handle)) : "";

    /// <summary>The element type of an array or vector.</summary>
    public IrType ElementType => Kind is IrTypeKind.Array or IrTypeKind.Vector or IrTypeKind.ScalableVector
        ? new IrType(LlvmNative.LLVMGetElementType(Handle)) : throw Wrong("an array or vector");

    /// <summary>The number of elements of an array.</summary>
    public ulong ArrayLength => Kind == IrTypeKind.Array ? LlvmNative.LLVMGetArrayLength2(Handle) : throw Wrong("an array");

    /// <summary>The number of elements of a vector (minimum for a scalable one).</summary>
    public uint VectorLength => IsVector ? LlvmNative.LLVMGetVectorSize(Handle) : throw Wrong("a vector");

    /// <summary>The return type of a function type.</summary>
    public IrType ReturnType => Kind == IrTypeKind.Function ? new IrType(LlvmNative.LLVMGetReturnType(Handle)) : throw Wrong("a function");

    /// <summary>The parameter types of a function type.</summary>
    public IReadOnlyList<IrType> ParameterTypes
    {
        get
        {
            if (Kind != IrTypeKind.Function) throw Wrong("a function");
            uint n = LlvmNative.LLVMCountParamTypes(Handle);
            var buf = new nint[n];
            fixed (nint* p = buf) LlvmNative.LLVMGetParamTypes(Handle, p);
            return buf.Select(h => new IrType(h)).ToArray();
        }
    }

    /// <summary>True for a variadic function type.</summary>
    public bool IsVarArg => Kind == IrTypeKind.Function ? LlvmNative.LLVMIsFunctionVarArg(Handle) != 0 : throw Wrong("a function");

    /// <summary>
    /// True if this type or any type inside it (struct fields, array elements, function
    /// parameters and result) satisfies <paramref name="test"/>. Pointers are opaque, so the walk
    /// is finite; the depth limit is only a safety net.
    /// </summary>
    public bool Contains(Func<IrType, bool> test, int depth = 0)
    {
        if (test(this)) return true;
        if (depth > 32) return false;
        return Kind switch
        {
            IrTypeKind.Struct => !IsOpaqueStruct && StructElements.Any(t => t.Contains(test, depth + 1)),
            IrTypeKind.Array or IrTypeKind.Vector or IrTypeKind.ScalableVector => ElementType.Contains(test, depth + 1),
            IrTypeKind.Function => ReturnType.Contains(test, depth + 1) || ParameterTypes.Any(t => t.Contains(test, depth + 1)),
            _ => false,
        };
    }

    /// <inheritdoc/>
    public override string ToString() => Handle == 0 ? "<null type>" : NativeText.TakeMessage(LlvmNative.LLVMPrintTypeToString(Handle));

    InvalidOperationException Wrong(string what) => new($"type {this} is not {what}");
}
