namespace ZiskLlc.Llvm;

/// <summary>
/// A scope in which the IR is read-only (the backend's lowering, after every LLVM pass has run): the
/// views then memoise what they read through the C API most — an instruction's operands and a block's
/// instruction list — instead of asking LLVM (and allocating) on every access. Lowering one function
/// asks for the same operands many times (analyses, selection, users' look-ups); in a profile of
/// picojpeg's compile, reading operands (a P/Invoke per operand and a fresh array each time) was about a
/// tenth of the backend's time.
/// <para>Assumes: nothing creates, deletes or changes an instruction while the scope is open (a handle
/// of a deleted value could be reused by a new one). Guarantees: inside the scope the views return what
/// they would return outside it; the memo belongs to the thread that opened the scope and is dropped
/// when it closes.</para>
/// </summary>
public sealed class IrFreeze : IDisposable
{
    [ThreadStatic] static IrFreeze? current;

    internal readonly Dictionary<nint, IrValue[]> Operands = [];
    internal readonly Dictionary<nint, IrInstruction[]> Instructions = [];
    readonly IrFreeze? outer;

    IrFreeze() { outer = current; current = this; }

    /// <summary>Opens a scope on this thread (nested scopes share nothing and restore the outer one).</summary>
    public static IrFreeze Begin() => new();

    internal static IrFreeze? Current => current;

    /// <inheritdoc/>
    public void Dispose() => current = outer;
}
