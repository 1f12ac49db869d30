using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// Sizes, alignments and struct field offsets from a module's data layout (the string in the IR,
/// e.g. riscv64's <c>e-m:e-p:64:64-i64:64-i128:128-n32:64-S128</c>). A view: the LLVMTargetDataRef
/// from LLVMGetModuleDataLayout belongs to the module and must never be disposed.
/// </summary>
public readonly unsafe record struct IrDataLayout(nint Handle)
{
    /// <summary>Size of a pointer in bytes (8 for every module a session accepts).</summary>
    public uint PointerSize => LlvmNative.LLVMPointerSize(Handle);

    /// <summary>The allocation size of a type in bytes, padding included (what a GEP index steps by).</summary>
    public ulong AbiSize(IrType t) { RequireSized(t); return LlvmNative.LLVMABISizeOfType(Handle, t.Handle); }

    /// <summary>The bytes a load or store of the type touches (e.g. 3 for i24, where AbiSize is 4).</summary>
    public ulong StoreSize(IrType t) { RequireSized(t); return LlvmNative.LLVMStoreSizeOfType(Handle, t.Handle); }

    /// <summary>The size of a type in bits.</summary>
    public ulong SizeInBits(IrType t) { RequireSized(t); return LlvmNative.LLVMSizeOfTypeInBits(Handle, t.Handle); }

    /// <summary>The ABI alignment of a type in bytes.</summary>
    public uint AbiAlignment(IrType t) { RequireSized(t); return LlvmNative.LLVMABIAlignmentOfType(Handle, t.Handle); }

    /// <summary>The byte offset of field <paramref name="index"/> in a struct type.</summary>
    public ulong OffsetOfElement(IrType structType, int index)
    {
        if (structType.Kind != IrTypeKind.Struct) throw new InvalidOperationException($"type {structType} is not a struct");
        RequireSized(structType);
        if (index < 0 || index >= structType.StructElements.Count)
            throw new ArgumentOutOfRangeException(nameof(index), $"struct {structType} has no field {index}");
        return LlvmNative.LLVMOffsetOfElement(Handle, structType.Handle, (uint)index);
    }

    // LLVM asserts (or, in release builds, misbehaves) on unsized types: check before asking.
    static void RequireSized(IrType t)
    {
        if (t.Kind is IrTypeKind.Void or IrTypeKind.Label or IrTypeKind.Function or IrTypeKind.Metadata or IrTypeKind.Token
            || t.IsOpaqueStruct)
            throw new InvalidOperationException($"type {t} has no size");
    }
}
