using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// A non-owning view of the session's module: target, data layout, functions, globals, aliases.
/// Valid while the <see cref="LlvmSession"/> lives.
/// </summary>
public readonly unsafe record struct IrModule(nint Handle)
{
    /// <summary>The target triple (e.g. "riscv64-unknown-unknown-elf").</summary>
    public string Triple => NativeText.Borrowed(LlvmNative.LLVMGetTarget(Handle));

    /// <summary>The data layout string.</summary>
    public string DataLayoutString => NativeText.Borrowed(LlvmNative.LLVMGetDataLayoutStr(Handle));

    /// <summary>Type sizes, alignments and struct offsets from the module's data layout.</summary>
    public IrDataLayout Layout => new(LlvmNative.LLVMGetModuleDataLayout(Handle));

    /// <summary>Every function, defined and declared, in module order.</summary>
    public IEnumerable<IrFunction> Functions
    {
        get
        {
            for (nint f = LlvmNative.LLVMGetFirstFunction(Handle); f != 0; f = LlvmNative.LLVMGetNextFunction(f))
                yield return new IrFunction(f);
        }
    }

    /// <summary>Every global variable, in module order.</summary>
    public IEnumerable<IrGlobal> Globals
    {
        get
        {
            for (nint g = LlvmNative.LLVMGetFirstGlobal(Handle); g != 0; g = LlvmNative.LLVMGetNextGlobal(g))
                yield return new IrGlobal(g);
        }
    }

    /// <summary>Every alias as (name, aliasee constant).</summary>
    public IEnumerable<(string Name, IrValue Aliasee)> Aliases
    {
        get
        {
            for (nint a = LlvmNative.LLVMGetFirstGlobalAlias(Handle); a != 0; a = LlvmNative.LLVMGetNextGlobalAlias(a))
                yield return (new IrValue(a).Name, new IrValue(LlvmNative.LLVMAliasGetAliasee(a)));
        }
    }

    /// <summary>The function named <paramref name="name"/>, or null (LLVM's symbol table: no scan).</summary>
    public IrFunction? FindFunction(string name)
    {
        var z = NativeText.Utf8z(name);
        fixed (byte* p = z) return LlvmNative.LLVMGetNamedFunction(Handle, p) is var f && f != 0 ? new IrFunction(f) : null;
    }

    /// <summary>The global variable named <paramref name="name"/>, or null (LLVM's symbol table: no scan).</summary>
    public IrGlobal? FindGlobal(string name)
    {
        var z = NativeText.Utf8z(name);
        fixed (byte* p = z) return LlvmNative.LLVMGetNamedGlobal(Handle, p) is var g && g != 0 ? new IrGlobal(g) : null;
    }

    /// <summary>
    /// The symbols the module uses but does not define: declared non-intrinsic functions and
    /// declared globals that are referenced (LLVM keeps unused declarations; those are listed too,
    /// as a linker would see them).
    /// </summary>
    public IReadOnlyList<string> UndefinedSymbols =>
        Functions.Where(f => f.IsDeclaration && !f.IsIntrinsic).Select(f => f.Name)
            .Concat(Globals.Where(g => g.IsDeclaration).Select(g => g.Name))
            .Order(StringComparer.Ordinal).ToArray();

    /// <summary>The whole module as LLVM IR text.</summary>
    public override string ToString() => NativeText.TakeMessage(LlvmNative.LLVMPrintModuleToString(Handle));
}
