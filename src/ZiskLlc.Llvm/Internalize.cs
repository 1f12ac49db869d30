using ZiskLlc.Llvm.Interop;

namespace ZiskLlc.Llvm;

/// <summary>
/// Step <c>internalize</c> of the IR pipeline (before <see cref="ZiskPipeline.InlinePasses"/>): a
/// program the direct route compiles is whole — every input is linked into one module and the ROM
/// holds all of it (guest ABI §2: execution starts at <c>main</c>) — so no definition can be
/// referenced from outside except the entry point and what the backend itself calls by name. Every
/// other function and global variable gets internal linkage, as LLVM's internalize pass does under
/// LTO. What that earns: the inliner's bonus for the last call of a local function (a function
/// called once is inlined whatever its size, and its body deleted), dead functions dropped by
/// <c>globaldce</c> before the expensive passes see them, and the IR passes free to assume they see
/// every caller. Measured on the corpus (bench/RESULTS.md): the same steps with an inline threshold
/// of 500 instead of 2000, and the IR pipeline about twice as fast.
/// <para>Assumes: the module is the whole program; <paramref name="preserve"/> names every symbol
/// something outside the IR may refer to by name (the backend's runtime calls, the guest ABI).
/// Guarantees: declarations, intrinsics (<c>llvm.*</c>), appending and available_externally
/// definitions, and local symbols are left as they are; every other definition becomes internal with
/// default visibility and no comdat (the verifier's rules for a local symbol), its name unchanged.</para>
/// </summary>
static class Internalize
{
    // LLVMLinkage (llvm-c/Core.h).
    const int AvailableExternally = 1, Appending = 7, Internal = 8, Private = 9;

    public static void Run(IrModule module, Func<string, bool> preserve)
    {
        void Visit(nint g, string name)
        {
            if (LlvmNative.LLVMIsDeclaration(g) != 0 || name.StartsWith("llvm.", StringComparison.Ordinal) || preserve(name)) return;
            int linkage = LlvmNative.LLVMGetLinkage(g);
            if (linkage is AvailableExternally or Appending or Internal or Private) return;
            LlvmNative.LLVMSetLinkage(g, Internal);
            LlvmNative.LLVMSetVisibility(g, 0);
            LlvmNative.LLVMSetComdat(g, 0);
        }
        foreach (var f in module.Functions) Visit(f.Handle, f.Name);
        foreach (var g in module.Globals) Visit(g.Handle, g.Name);
    }
}
