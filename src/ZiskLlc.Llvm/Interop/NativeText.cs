using System.Runtime.InteropServices;
using System.Text;

namespace ZiskLlc.Llvm.Interop;

/// <summary>
/// String conversions at the C API boundary, with LLVM's two kinds of returned text kept apart:
/// borrowed <c>const char*</c> (owned by LLVM, copied and never freed) and owned <c>char*</c> (copied,
/// then freed with the matching dispose function). Getting this wrong either leaks or double-frees.
/// </summary>
internal static unsafe class NativeText
{
    /// <summary>Copies a borrowed NUL-terminated UTF-8 string (null → empty).</summary>
    internal static string Borrowed(byte* s) => s is null ? "" : Marshal.PtrToStringUTF8((nint)s) ?? "";

    /// <summary>Copies a borrowed UTF-8 string of a known length (may contain NULs).</summary>
    internal static string Borrowed(byte* s, nuint length) =>
        s is null || length == 0 ? "" : Encoding.UTF8.GetString(s, checked((int)length));

    /// <summary>
    /// Copies a message LLVM allocated (verifier/parser/print output) and frees it with
    /// LLVMDisposeMessage — the C API's rule for every <c>char**</c> OutMessage and every
    /// LLVMPrint*ToString result.
    /// </summary>
    internal static string TakeMessage(byte* s)
    {
        if (s is null) return "";
        try { return Marshal.PtrToStringUTF8((nint)s) ?? ""; }
        finally { LlvmNative.LLVMDisposeMessage(s); }
    }

    /// <summary>
    /// Turns an LLVMErrorRef into its message. LLVMGetErrorMessage consumes the error (so it must
    /// not also be passed to LLVMConsumeError), and the text must be freed with
    /// LLVMDisposeErrorMessage, not LLVMDisposeMessage. Returns null for the success value 0.
    /// </summary>
    internal static string? TakeError(nint error)
    {
        if (error == 0) return null;
        byte* msg = LlvmNative.LLVMGetErrorMessage(error);
        try { return Marshal.PtrToStringUTF8((nint)msg) ?? ""; }
        finally { LlvmNative.LLVMDisposeErrorMessage(msg); }
    }

    /// <summary>A NUL-terminated UTF-8 copy of <paramref name="s"/> for passing as <c>const char*</c>.</summary>
    internal static byte[] Utf8z(string s)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(s) + 1];
        Encoding.UTF8.GetBytes(s, bytes);
        return bytes;
    }
}
